using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Cli.Checking;

/// <summary>A checker together with the organisation it was built for (commands resolve accounts and authors in it).</summary>
internal sealed record ReadyChecker(ProtocolChecker Checker, OrganisationModel Organisation);
