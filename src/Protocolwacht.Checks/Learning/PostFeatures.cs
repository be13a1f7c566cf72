namespace Protocolwacht.Checks.Learning;

/// <summary>
/// The hashed features of one post: distinct slots in ascending order, each with value 1, and for every
/// word the slot of its unigram, so an explanation can name the words that weighed most. <see cref="Classes"/>
/// is the union of the word classes of its words: the training tool tells a group mention by it exactly,
/// without relying on a hashed slot that another feature may share.
/// </summary>
internal sealed record PostFeatures(int[] Slots, IReadOnlyList<(string Word, int Slot)> Words, ClassMask Classes = default);
