using System.Reflection;
using Protocolwacht.Checks.Rules;
using Protocolwacht.Checks.Rules.CopyrightJudges;
using Protocolwacht.Checks.Rules.Harmful;
using Protocolwacht.Checks.Rules.PersonalDataJudges;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// C# runs the static initialisers of one partial class in an order it does not define across files, so a field in
/// ComplaintJudge.Again.cs that read a field of ComplaintJudge.cs could see an empty mask and silently match nothing. The
/// school judges (helper school17's audit, twenty-first pass) read every mask from the word classes in the file that uses
/// it; this test fails when any static class mask of them is empty, whatever the cause (an unknown class name too).
/// </summary>
public class SchoolJudgeMaskTests
{
    public static TheoryData<Type> Judges() =>
    [
        typeof(ComplaintJudge), typeof(SarcasticComplaintJudge), typeof(RecordedWholeJudge), typeof(CopyWords),
        typeof(SensitiveFactJudge), typeof(PlayedRole), typeof(ConfidentialRule), typeof(CapacityRule),
        typeof(DiscussionRule), typeof(CopyrightRule), typeof(WholeWorkJudge),
    ];

    [Theory]
    [MemberData(nameof(Judges))]
    public void StaticClassMasks_AreNotEmpty(Type judge)
    {
        var masks = judge.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(ClassMask))
            .ToList();
        foreach (var field in masks)
        {
            Assert.True((ClassMask)field.GetValue(null)! != ClassMask.Zero, $"{judge.Name}.{field.Name} is an empty mask");
        }
    }

    [Fact]
    public void ComplaintJudge_HasTheMasksOfEveryPartialFile()
    {
        // The guard above only means something if it sees the partial files' fields: one from each file that has any.
        var names = typeof(ComplaintJudge).GetFields(BindingFlags.Static | BindingFlags.NonPublic).Select(f => f.Name).ToHashSet();
        Assert.Contains("WorkMeasure", names);
        Assert.Contains("Imposed", names);
        Assert.Contains("Heeding", names);
        Assert.Contains("Indoor", names);
        Assert.Contains("Breakdown", names);
        Assert.Contains("DecisionVerb", names);
        Assert.Contains("ClassOrPupils", names);
        Assert.Contains("Sender", names);
        Assert.Contains("Tiring", names);
    }
}
