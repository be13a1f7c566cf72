namespace Protocolwacht.Persistence.Audit;

/// <summary>
/// What an audit entry records. The stored codes are stable (a changed meaning is a new code); the Dutch
/// labels are what the audit page shows.
/// </summary>
public static class AuditActions
{
    public const string OrganisationImported = "organisation.imported";
    public const string ConsentChanged = "consent.changed";
    public const string ConsentSettingsChanged = "consent.settings-changed";
    public const string AccountSettingsChanged = "account.settings-changed";
    public const string AccountCredentialChanged = "account.credential-changed";
    public const string PostingRightsChanged = "account.posting-rights-changed";
    public const string AccountConnected = "account.connected";
    public const string AccountConnectFailed = "account.connect-failed";
    public const string AccountDisconnected = "account.disconnected";
    public const string TokenRefreshFailed = "account.token-refresh-failed";
    public const string FreezeStarted = "freeze.started";
    public const string FreezeLifted = "freeze.lifted";
    public const string PlatformDecisionRecorded = "platform-decision.recorded";
    public const string ProtocolVersionPublished = "protocol.version-published";
    public const string SignedIn = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string StaffInvited = "staff.invited";
    public const string PasswordSet = "credential.password-set";
    public const string PasswordResetRequested = "credential.password-reset-requested";
    public const string TwoFactorChanged = "credential.two-factor-changed";
    public const string PersonalDataExported = "export.personal-data";
    public const string StaffChanged = "staff.changed";
    public const string StudentChanged = "student.changed";
    public const string SchoolChanged = "school.changed";
    public const string PupilsImported = "pupils.imported";
    public const string StaffImported = "staff.imported";
    public const string RetentionRemoved = "retention.removed";
    public const string PupilErased = "pupil.erased";
    public const string PostCorrectionRequested = "post.correction-requested";
    public const string PostDeletionRequested = "post.deletion-requested";
    public const string PostChangeApproved = "post.change-approved";
    public const string PostChangeRefused = "post.change-refused";
    public const string TakedownProposed = "post.takedown-proposed";
    public const string ArchiveReportMade = "archive.report-made";
    public const string ReactionHidden = "reaction.hidden";
    public const string ReactionReported = "reaction.reported";
    public const string MailRetried = "mail.retried";

    /// <summary>Every code with its Dutch label, in the order the audit page offers them.</summary>
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        (SignedIn, "Aangemeld"),
        (SignInFailed, "Aanmelden mislukt"),
        (OrganisationImported, "Organisatie geïmporteerd"),
        (StaffChanged, "Medewerker gewijzigd"),
        (StudentChanged, "Leerling gewijzigd"),
        (SchoolChanged, "School gewijzigd"),
        (PupilsImported, "Leerlingen geïmporteerd"),
        (StaffImported, "Medewerkers geïmporteerd"),
        (ConsentChanged, "Toestemming gewijzigd"),
        (ConsentSettingsChanged, "Instellingen toestemming gewijzigd"),
        (AccountSettingsChanged, "Account gewijzigd"),
        (AccountCredentialChanged, "Koppeling met platform gewijzigd"),
        (PostingRightsChanged, "Plaatsingsrechten gewijzigd"),
        (AccountConnected, "Account gekoppeld via het platform"),
        (AccountConnectFailed, "Koppelen met het platform mislukt"),
        (AccountDisconnected, "Koppeling met het platform verbroken"),
        (TokenRefreshFailed, "Vernieuwen van de toegang tot het platform mislukt"),
        (FreezeStarted, "Publicatiestop ingesteld"),
        (FreezeLifted, "Publicatiestop opgeheven"),
        (PlatformDecisionRecorded, "Platformbesluit vastgelegd"),
        (ProtocolVersionPublished, "Protocolversie gepubliceerd"),
        (RoleGranted, "Rol toegekend"),
        (RoleRevoked, "Rol ingetrokken"),
        (StaffInvited, "Medewerker uitgenodigd"),
        (PasswordSet, "Wachtwoord ingesteld"),
        (PasswordResetRequested, "Wachtwoordherstel aangevraagd"),
        (TwoFactorChanged, "Tweestapsverificatie gewijzigd"),
        (PersonalDataExported, "Persoonsgegevens geëxporteerd"),
        (RetentionRemoved, "Verwijderd na bewaartermijn"),
        (PupilErased, "Leerling gewist"),
        (PostCorrectionRequested, "Aanpassing van een gepubliceerd bericht gevraagd"),
        (PostDeletionRequested, "Verwijdering van een gepubliceerd bericht gevraagd"),
        (PostChangeApproved, "Aanpassing of verwijdering goedgekeurd"),
        (PostChangeRefused, "Aanpassing of verwijdering afgewezen"),
        (TakedownProposed, "Verwijdertaak voorgesteld (toestemming ingetrokken of leerling gewist)"),
        (ArchiveReportMade, "Verantwoording uit het archief gemaakt"),
        (ReactionHidden, "Reactie verborgen op het platform"),
        (ReactionReported, "Reactie gemeld bij het platform"),
        (MailRetried, "Niet bezorgde mail opnieuw aangeboden"),
    ];

    /// <summary>The Dutch label of <paramref name="code"/>, or the code itself for one this version does not know.</summary>
    public static string Label(string code) => All.FirstOrDefault(a => a.Code == code).Label ?? code;
}
