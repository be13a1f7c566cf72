window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1791000000000000901",
      "updatedAt" : "2024-05-17T09:12:44.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : {}
      },
      "createdAt" : "2024-05-17T09:12:44.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [
          {
            "shortUrl" : "https://t.co/RgbVerslag1",
            "expandedUrl" : "https://www.regenboog-esveld.nl/nieuws/schoolplein",
            "displayUrl" : "regenboog-esveld.nl/nieuws/schoolp…",
            "fromIndex" : "222",
            "toIndex" : "245"
          }
        ],
        "text" : "Wat een week op De Regenboog! 🌈 Groep 8 &amp; groep 7 hebben samen met de ouderraad het schoolplein opgeknapt: nieuwe moestuinbakken, een bankje onder de kastanje en een muur vol tekeningen. Meer foto's en het verslag van de ouderraad lees je op https://t.co/RgbVerslag1 — dank aan iedereen die een zaterdag kwam helpen, met schep, koffie of gewoon een goed humeur. Volgende week planten we de eerste bollen, en in het voorjaar hopen we de eerste radijsjes van eigen grond te oogsten. #schoolplein #samen",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1791000000000000903",
      "updatedAt" : "2024-05-20T07:30:05.412Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : {}
      },
      "createdAt" : "2024-05-20T07:30:05.412Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Belangrijk voor de ouders van groep 1 en 2: de kleuters gaan op woensdag 5 juni naar de kinderboerderij. We lopen samen vanaf school en zijn voor de lunch weer terug. Graag laarzen en een extra setje kleding in een tas met naam. Wie wil er meelopen als begeleider? Geef het door aan de juf of meester van je kind, dan maken we de groepjes. Alvast bedankt voor jullie hulp, we hebben er zin in! 🐐🐑",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1791000000000000902",
      "updatedAt" : "2024-05-20T07:30:05.118Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : {}
      },
      "createdAt" : "2024-05-20T07:30:05.118Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Belangrijk voor alle ouders van groep 3 tot en met 8: de schoolreis naar het openluchtmuseum gaat op dinsdag 4 juni door, ook als het regent. De bus vertrekt om 8.15 uur vanaf de Schoolstraat; wees er dus om 8.00 uur. Geef je kind een lunchpakket, een flesje water en regenkleding mee. Medicijnen graag in een zakje met naam bij de leerkracht afgeven. We zijn rond 16.30 uur terug. Vragen? Bel de administratie.",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1767000000000000904",
      "updatedAt" : "2024-03-08T15:00:00.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : {}
      },
      "createdAt" : "2024-03-08T15:00:00.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Dit lange bericht hoort bij geen enkele tweet in het archief: de tweet is verwijderd voordat het archief werd gemaakt. Het bericht ging over de open dag van zaterdag 9 maart, met rondleidingen door leerlingen uit groep 8, een proefles Engels en koffie met taart in de aula. Iedereen was welkom, ook buren en oud-leerlingen van De Regenboog, om te zien hoe de school er na de verbouwing uitziet.",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  }
]