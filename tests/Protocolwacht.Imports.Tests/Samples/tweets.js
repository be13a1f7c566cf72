window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "1775000000000000001" ],
          "editableUntil" : "2024-03-31T08:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ { "text" : "sportdag", "indices" : [ "30", "39" ] } ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/AbCdEf1234",
            "expanded_url" : "https://www.regenboog-esveld.nl/nieuws/sportdag",
            "display_url" : "regenboog-esveld.nl/nieuws/sportdag",
            "indices" : [ "60", "83" ]
          }
        ]
      },
      "display_text_range" : [ "0", "83" ],
      "favorite_count" : "12",
      "id_str" : "1775000000000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1775000000000000001",
      "created_at" : "Sun Mar 31 07:45:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Wat een mooie dag! Groep 8 &amp; groep 7 op de #sportdag 🏃‍♀️☀️ Lees meer: https://t.co/AbCdEf1234",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ { "name" : "Gemeente Esveld", "screen_name" : "GemeenteEsveld", "indices" : [ "3", "18" ], "id_str" : "1000", "id" : "1000" } ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "140" ],
      "favorite_count" : "0",
      "id_str" : "1775000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1775000000000000002",
      "created_at" : "Mon Apr 01 10:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @GemeenteEsveld: De speeltuin aan de Schoolstraat is weer open &lt;3",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "17", "120" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1774999999999999999",
      "id_str" : "1775000000000000003",
      "in_reply_to_user_id" : "2000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1775000000000000003",
      "in_reply_to_status_id" : "1774999999999999999",
      "created_at" : "Mon Apr 01 12:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@OuderEsveld Dank voor uw vraag. Wilt u even bellen met de directie? Dan lossen we het samen op.",
      "lang" : "nl",
      "in_reply_to_screen_name" : "OuderEsveld",
      "in_reply_to_user_id_str" : "2000"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ],
        "media" : [ { "expanded_url" : "https://x.com/RegenboogEsveld/status/1775000000000000004/photo/1", "indices" : [ "70", "93" ], "url" : "https://t.co/FoToLink01", "media_url" : "http://pbs.twimg.com/media/GKabc123.jpg", "id_str" : "1775000000000000100", "id" : "1775000000000000100", "media_url_https" : "https://pbs.twimg.com/media/GKabc123.jpg", "type" : "photo", "display_url" : "pic.x.com/FoToLink01" } ]
      },
      "extended_entities" : {
        "media" : [
          { "expanded_url" : "https://x.com/RegenboogEsveld/status/1775000000000000004/photo/1", "indices" : [ "70", "93" ], "url" : "https://t.co/FoToLink01", "media_url" : "http://pbs.twimg.com/media/GKabc123.jpg", "id_str" : "1775000000000000100", "id" : "1775000000000000100", "media_url_https" : "https://pbs.twimg.com/media/GKabc123.jpg", "type" : "photo", "display_url" : "pic.x.com/FoToLink01", "ext_alt_text" : "Tekening van een regenboog boven het schoolplein" },
          { "expanded_url" : "https://x.com/RegenboogEsveld/status/1775000000000000004/video/1", "indices" : [ "70", "93" ], "url" : "https://t.co/FoToLink01", "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/vid01.jpg", "id_str" : "1775000000000000101", "id" : "1775000000000000101", "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/vid01.jpg", "type" : "video", "display_url" : "pic.x.com/FoToLink01" }
        ]
      },
      "display_text_range" : [ "0", "69" ],
      "favorite_count" : "30",
      "in_reply_to_status_id_str" : "1775000000000000001",
      "id_str" : "1775000000000000004",
      "in_reply_to_user_id" : "3000",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1775000000000000004",
      "in_reply_to_status_id" : "1775000000000000001",
      "created_at" : "Sun Mar 31 08:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "En de kunstwerken van groep 3 hangen in de aula (2/2) https://t.co/FoToLink01",
      "lang" : "nl",
      "in_reply_to_screen_name" : "RegenboogEsveld",
      "in_reply_to_user_id_str" : "3000"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "0" ],
      "favorite_count" : "0",
      "id_str" : "1775000000000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1775000000000000005",
      "created_at" : "Sun Oct 27 01:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "",
      "lang" : "und"
    }
  }
]
