// The verdict and an attachment's source are the domain's types (Domain/Posts), shared with the workflow,
// so the check and the workflow cannot disagree about them and nothing maps one onto the other.
global using Protocolwacht.Domain.Posts;

// A word's classes are one bit each in a single value, so a pattern asks "is this a group noun?" with one AND.
// 128 bits: the 64 of a ulong ran out at 61 classes.
global using ClassMask = System.UInt128;
