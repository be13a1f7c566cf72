// The verdict and an attachment's source are domain types (Domain/Posts) that the check returns and reads.
global using Protocolwacht.Domain.Posts;
