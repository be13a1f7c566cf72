using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Consent;

/// <summary>
/// Who may change a student's consent: the directie of that student's school and staf (the board
/// office). Teachers read the register but do not change it; cvb has no operational role here.
/// </summary>
public static class ConsentEditRules
{
    public static bool MayEdit(StaffMember editor, Student student)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(student);
        return editor.Role switch
        {
            StaffRole.Staf => true,
            StaffRole.Directie => string.Equals(editor.SchoolId, student.SchoolId, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Who may view a school's register: anyone who may edit it, and staff of that school.</summary>
    public static bool MayView(StaffMember viewer, string schoolId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role is StaffRole.Staf or StaffRole.Cvb
            || string.Equals(viewer.SchoolId, schoolId, StringComparison.Ordinal);
    }
}
