// The verdict and an attachment's source are the domain's types (Domain/Posts), shared with the workflow,
// so the check and the workflow cannot disagree about them and nothing maps one onto the other.
global using Protocolwacht.Domain.Posts;
