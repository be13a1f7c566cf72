using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// Dutch posts written for the benchmarks (not taken from the corpus): one tweet-length, one of about
/// 1,500 characters. Both are ordinary, allowed school news (the common case in production), so
/// every rule runs to the end instead of stopping at an early hit.
/// </summary>
internal static class SamplePosts
{
    public const string TweetLength =
        "Wat een geweldige kijkochtend vandaag in groep 6! Dank aan alle ouders die kwamen helpen met de " +
        "proefjes over magnetisme. Volgende week vrijdag sluiten we het project af met een tentoonstelling.";

    public const string LongPost =
        "Beste ouders en verzorgers,\n\n" +
        "De eerste weken van het schooljaar zitten er alweer op en wat hebben we samen al veel gedaan. In alle " +
        "groepen is hard gewerkt aan de groepsafspraken: hoe gaan we met elkaar om, hoe helpen we elkaar en wat " +
        "doen we als iets niet lukt. De kinderen hebben die afspraken zelf opgeschreven en ze hangen nu op een " +
        "groot vel in elk lokaal.\n\n" +
        "Op woensdag 8 oktober is de jaarlijkse informatieavond. U maakt dan kennis met de leerkracht van uw " +
        "kind en hoort wat er dit jaar op het programma staat. De avond begint om 19.00 uur in de aula. Kunt u niet komen? Dan ontvangt u de presentatie achteraf via de " +
        "ouderapp.\n\n" +
        "Volgens het Nederlands Jeugdinstituut lezen kinderen die thuis worden voorgelezen later met meer " +
        "plezier. Daarom starten we deze maand met een voorleesestafette: elke week neemt een ander kind een " +
        "leestas mee naar huis, met een prentenboek, een schrift en een paar tips voor het voorlezen.\n\n" +
        "Verder zoeken we nog hulpouders voor de schoolbibliotheek op dinsdag- en donderdagochtend. U helpt dan " +
        "met het uitlenen en terugzetten van boeken en leest af en toe voor aan een klein groepje kinderen uit " +
        "de onderbouw. Heeft u interesse? Stuur een bericht naar de administratie of spreek de leerkracht aan op " +
        "het schoolplein.\n\n" +
        "Tot slot: de herfstvakantie begint op vrijdag 17 oktober om 12.00 uur. Alle kinderen zijn die middag " +
        "vrij. We wensen iedereen alvast een fijne vakantie en zien jullie graag weer op maandag 27 oktober.\n\n" +
        "Met vriendelijke groet, namens het team van De Regenboog";

    public static CheckRequest Request(string text) =>
        new(text, new AccountContext(AccountKind.School, "regenboog", Channels.Facebook), "tom.hendriks", ReplyTo: null, Attachments: []);
}
