window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791000000000000101"
          ],
          "editableUntil" : "2024-05-17T10:12:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RgbVerslag1",
            "expanded_url" : "https://www.regenboog-esveld.nl/nieuws/schoolplein",
            "display_url" : "regenboog-esveld.nl/nieuws/schoolp…",
            "indices" : [
              "222",
              "245"
            ]
          },
          {
            "url" : "https://t.co/MoreA10101",
            "expanded_url" : "https://twitter.com/i/web/status/1791000000000000101",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "271",
              "294"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "299"
      ],
      "favorite_count" : "3",
      "id_str" : "1791000000000000101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1791000000000000101",
      "created_at" : "Fri May 17 09:12:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Wat een week op De Regenboog! 🌈 Groep 8 &amp; groep 7 hebben samen met de ouderraad het schoolplein opgeknapt: nieuwe moestuinbakken, een bankje onder de kastanje en een muur vol tekeningen. Meer foto's en het verslag van de ouderraad lees je op https://t.co/RgbVerslag1 — d… https://t.co/MoreA10101",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791000000000000102"
          ],
          "editableUntil" : "2024-05-17T10:12:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MoreB10102",
            "expanded_url" : "https://twitter.com/i/web/status/1791000000000000102",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "271",
              "294"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "294"
      ],
      "favorite_count" : "3",
      "id_str" : "1791000000000000102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1791000000000000102",
      "created_at" : "Mon May 20 07:30:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Belangrijk voor alle ouders van groep 3 tot en met 8: de schoolreis naar het openluchtmuseum gaat op dinsdag 4 juni door, ook als het regent. De bus vertrekt om 8.15 uur vanaf de Schoolstraat; wees er dus om 8.00 uur. Geef je kind een lunchpakket, een flesje water en re https://t.co/MoreB10102",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791000000000000103"
          ],
          "editableUntil" : "2024-05-17T10:12:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MoreC10103",
            "expanded_url" : "https://twitter.com/i/web/status/1791000000000000103",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "271",
              "294"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "294"
      ],
      "favorite_count" : "3",
      "id_str" : "1791000000000000103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1791000000000000103",
      "created_at" : "Mon May 20 07:30:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Belangrijk voor de ouders van groep 1 en 2: de kleuters gaan op woensdag 5 juni naar de kinderboerderij. We lopen samen vanaf school en zijn voor de lunch weer terug. Graag laarzen en een extra setje kleding in een tas met naam. Wie wil er meelopen als begeleider? Geef… https://t.co/MoreC10103",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791000000000000104"
          ],
          "editableUntil" : "2024-05-17T10:12:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "id_str" : "1791000000000000104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1791000000000000104",
      "created_at" : "Mon May 20 07:30:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Kort bericht in dezelfde seconde: de gymles van groep 5 is vandaag in de zaal.",
      "lang" : "nl"
    }
  }
]