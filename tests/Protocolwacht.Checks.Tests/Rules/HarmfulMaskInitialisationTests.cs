using System.Reflection;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// C# orders static initialisers only within one file: a mask in one file of a partial judge built from a field in
/// another file may read that field before it is set and come out empty (school16 found one in ComplaintJudge). The
/// twenty-first pass's audit of Rules/Harmful found every partial judge building its masks from <c>Words</c> (its own
/// class, initialised whole on first use) or from the class data directly; this test keeps it so: every static
/// <see cref="ClassMask"/> field of every type in the namespace, public or private, holds at least one class bit.
/// </summary>
public class HarmfulMaskInitialisationTests
{
    private static List<(string Name, ClassMask Mask)> Masks()
    {
        var types = typeof(ClassMask).Assembly.GetTypes().Where(t => t.Namespace == "Protocolwacht.Checks.Rules.Harmful");
        var masks = new List<(string, ClassMask)>();
        foreach (var type in types)
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Where(f => f.FieldType == typeof(ClassMask)))
            {
                masks.Add(($"{type.Name}.{field.Name}", (ClassMask)field.GetValue(null)!));
            }
        }

        return masks;
    }

    [Fact]
    public void EveryStaticMask_InTheHarmfulJudges_HasAClassBit()
    {
        var masks = Masks();
        // The reflection finds the judges' masks (Words alone holds more than a hundred), so the check below is not vacuous.
        Assert.True(masks.Count > 100, $"only {masks.Count} masks found");
        Assert.Contains(masks, m => m.Name.StartsWith("ComplaintJudge.", StringComparison.Ordinal));
        Assert.Empty(masks.Where(m => m.Mask == ClassMask.Zero).Select(m => m.Name));
    }
}
