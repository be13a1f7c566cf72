namespace Protocolwacht.Checks.Language;

/// <summary>
/// Folded word forms and their classes: an open-addressing table of indexes into the forms in the order they were
/// first added, by an FNV-1a hash of the letters, at most half full. A form added again gets the new classes ORed in.
/// Not a <c>Dictionary</c>/<c>FrozenDictionary&lt;string, ClassMask&gt;</c>: their generic code over the check's own
/// value type is compiled at run time even in a ReadyToRun build (ReadyToRun cannot precompile it across
/// assemblies), and freezing analyses every key to pick a cheap hash, together the larger part of building the word
/// classes at start-up. This class is the check's own code, so ReadyToRun precompiles it. Filled once by one thread,
/// then read-only and thread-safe.
/// </summary>
internal sealed class FormTable
{
    private string[] _forms;
    private ClassMask[] _masks;
    // Index + 1 of a form in _forms; 0 is an empty slot.
    private int[] _slots;
    private int _shift;
    // The length of the longest form: a longer span is none of them, and is not hashed. A spaced-letter run joined into one
    // token of 50,000 letters was hashed whole for every part the classifier asked about, quadratic in the post's length
    // (RobustnessTests, "k u t " repeated).
    private int _longest;

    public FormTable(int capacity = 16)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 8) * 2);
        _forms = new string[Math.Max(capacity, 8)];
        _masks = new ClassMask[_forms.Length];
        _slots = new int[size];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>A table as <see cref="WordClassTable"/> stored it: the forms in order, their classes and the slots.</summary>
    public FormTable(string[] forms, ClassMask[] masks, int[] slots)
    {
        _forms = forms;
        _masks = masks;
        _slots = slots;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)slots.Length);
        Count = forms.Length;
        foreach (var form in forms)
        {
            _longest = Math.Max(_longest, form.Length);
        }
    }

    /// <summary>The open-addressing slots (index + 1 of a form, 0 for empty), for <see cref="WordClassTable"/> to store.</summary>
    public ReadOnlySpan<int> Slots => _slots;

    /// <summary>How many distinct forms the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The form at a position, in the order forms were first added.</summary>
    public string FormAt(int index) => _forms[index];

    /// <summary>The classes of the form at a position.</summary>
    public ClassMask MaskAt(int index) => _masks[index];

    /// <summary>Adds the classes to the form's (a new form starts with none).</summary>
    public void Add(string form, ClassMask mask)
    {
        var at = Find(form, out var slot);
        if (at >= 0)
        {
            _masks[at] |= mask;
            return;
        }

        if (Count == _forms.Length)
        {
            Array.Resize(ref _forms, Count * 2);
            Array.Resize(ref _masks, Count * 2);
        }

        _forms[Count] = form;
        _masks[Count] = mask;
        _longest = Math.Max(_longest, form.Length);
        Count++;
        _slots[slot] = Count;
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }
    }

    /// <summary>The classes of a form; none for a form the table does not hold.</summary>
    public ClassMask Of(ReadOnlySpan<char> form)
    {
        if (form.Length > _longest)
        {
            return default;
        }

        var at = Find(form, out _);
        return at >= 0 ? _masks[at] : default;
    }

    // The form's position, or -1 and the empty slot where it would go.
    private int Find(ReadOnlySpan<char> form, out int slot)
    {
        var mask = _slots.Length - 1;
        for (slot = Start(Hash(form)); _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var index = _slots[slot] - 1;
            if (form.SequenceEqual(_forms[index]))
            {
                return index;
            }
        }

        return -1;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        var mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = Start(Hash(_forms[i]));
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }

    // Fibonacci hashing: the top bits of the product spread the hash over the table.
    private int Start(uint hash) => (int)((hash * 2654435769u) >> _shift);

    private static uint Hash(ReadOnlySpan<char> form)
    {
        var hash = 2166136261u;
        foreach (var c in form)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
