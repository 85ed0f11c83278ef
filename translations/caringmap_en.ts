<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MatchApplyCommand</name>
    <message numerus="yes">
        <source>Apply %n go-to adult match(es)</source>
        <translation>
            <numerusform>Apply %n go-to adult match</numerusform>
            <numerusform>Apply %n go-to adult matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report mentor needs --adult ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--adult is for the mentor report only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --output FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-by is for the unconnected report only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-by takes grade|homeroom, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes letter|a4, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown adult id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages): the go-to students of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear marks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark %1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 may benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark %1 may benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs a kind: unconnected, marking-sheet, summary, mentor or mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (unconnected, marking-sheet, summary, mentor or mentors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grade and --homeroom are for the unconnected report only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grade and --homeroom need a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active student is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 pages): the lists of %n go-to adult(s), one adult per page.</source>
        <translation>
            <numerusform>Wrote %1 (%2 pages): the list of %n go-to adult, one adult per page.</numerusform>
            <numerusform>Wrote %1 (%2 pages): the lists of %n go-to adults, one adult per page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, round %3): %4 of %5 %6 have no caring adult connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::AddAdultCommand</name>
    <message>
        <source>Add adult %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::AddStudentCommand</name>
    <message>
        <source>Add student %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::AdultDialog</name>
    <message>
        <source>Add an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (their marks count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the adult&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the adult&apos;s given and family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult ID %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::AdultTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::AdultsPage</name>
    <message>
        <source>Filter adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, role or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? Their marks are kept but no longer count; they count again if you reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ChartFactory</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring adults per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent connected by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent connected by homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity: percent connected by student group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change over rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation: students each adult marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring adults (0: none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1, not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;%2 newly connected&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not marked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown (fewer than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ChartPanel</name>
    <message>
        <source>Copy numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the numbers behind this chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::CompareView</name>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rounds are needed to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost their connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile: one adult, or every adult leaving or gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active student(s)</source>
        <translation>
            <numerusform>%n active student</numerusform>
            <numerusform>%n active students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::Dashboard</name>
    <message>
        <source>active students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have no caring adult yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have at least one caring adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping round yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active adult has marked at least one student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked anyone yet (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have exactly one caring adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragile: one adult, or all leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::DueView</name>
    <message>
        <source>Record check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups due&lt;/b&gt; as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-to adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first (about 4 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second (about 2 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due or overdue</source>
        <translation>
            <numerusform>%n follow-up due or overdue</numerusform>
            <numerusform>%n follow-ups due or overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::EditAdultCommand</name>
    <message>
        <source>Edit adult %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::EditStudentCommand</name>
    <message>
        <source>Edit student %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ImportWizard</name>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does the roster come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes until the last step; a backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: a spreadsheet saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: a spreadsheet saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneRoster export (folder or .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caringmap export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (&quot;ANSI&quot;, older school systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file. Choose a field for each column; columns left on &quot;ignore&quot; keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which school?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A district export can hold several schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also import demographics (sex, race, ethnicity) as student groups for equity breakdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographics are sensitive: take them only if the school will use the equity breakdowns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by running the import and undoing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: this is the full roster; people missing from it become inactive (never deleted; their marks are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneRoster export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder has no students.csv and adults.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1. A column set to &quot;group&quot; makes student groups named after the column (for example IEP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing will change.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 no longer present (they will become inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching links (who teaches whom): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student group memberships: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds nobody to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the import changes a school that already has data, a backup is made first; File &gt; Restore backup puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the viewed round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About caringmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caringmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — caringmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private marking session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the new school&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caringmap school (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File › Open, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caringmap school (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students CSV (cancel to skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults CSV (cancel to skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks CSV for the viewed round (cancel to skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing from this file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About caringmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caringmap %1

Relationship mapping: make sure every student has at least one caring adult.

All data stays on this computer, in the school file you open. caringmap never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the school before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name, as report titles and the window title show it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MarkingModel</name>
    <message>
        <source>Choose who is marking first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: I have a positive, trusting relationship with this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: this student may benefit from a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive, trusting relationship (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May benefit (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other adults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MarkingPage</name>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who is marking?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of your name, then press Enter. You will see the list of students and mark the ones you have a positive, trusting relationship with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private mode: hide the other adults&apos; marks and the unconnected list while marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive, trusting relationship&lt;/b&gt; (Space): you know this student beyond academics and believe they would come to you with a personal problem.&lt;br&gt;&lt;b&gt;May benefit from a relationship&lt;/b&gt; (C): you think this student could use a caring adult. Arrow keys move; type to filter; F2 edits a note. Each change is saved at once; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, grade or homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students to mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Marking as %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private mode: other adults&apos; marks are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the marking session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your marks are saved. Leave the session and return to the counselor&apos;s view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your marks in %1: %2 positive, trusting relationships · %3 may benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MarkingSheetDialog</name>
    <message>
        <source>Marking sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as named on the sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a blank sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one adult (every active student):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one homeroom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the students this adult teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or XLSX. Staff tick &quot;connected&quot; or &quot;concern&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a filled sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a sheet of %1 students to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), round %3: %4 connected, %5 concern; %6 new marks, %7 updated, %8 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save marking sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled marking sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking sheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import marking sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these marks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had both columns ticked: both are recorded.</source>
        <translation>
            <numerusform>%n row had both columns ticked: both are recorded.</numerusform>
            <numerusform>%n rows had both columns ticked: both are recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::MatchView</name>
    <message>
        <source>flagged a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaches the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaches in the homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaches in the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a free place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no adult with a free place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees per adult when the adult has no capacity of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-to adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-to adults in place (the plan) and their outcome (the adult&apos;s mark):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Go-to adults for unconnected students&lt;/b&gt;, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unconnected student(s) without a go-to adult</source>
        <translation>
            <numerusform>%n unconnected student without a go-to adult</numerusform>
            <numerusform>%n unconnected students without a go-to adult</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more already have one (still unconnected until the adult marks a connection)</source>
        <translation>
            <numerusform>; %n more already has one (still unconnected until the adult marks a connection)</numerusform>
            <numerusform>; %n more already have one (still unconnected until the adult marks a connection)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough places: %n student(s) could not be matched; %n more place(s) needed.</source>
        <translation>
            <numerusform>Not enough places: %n student could not be matched; %n more place needed.</numerusform>
            <numerusform>Not enough places: %n students could not be matched; %n more places needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions come once this round has marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MentorCheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 (go-to adult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected records the adult&apos;s connected mark in the current round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MentorListView</name>
    <message>
        <source>Add mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mentees of&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 place(s) taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unconnected student has a go-to adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print mentor lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view of this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;every mentor&apos;s list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every mentor&apos;s list as one PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::PdfOutput</name>
    <message>
        <source>could not render the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ReportPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ReportRenderer</name>
    <message>
        <source>Students without a caring adult connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship mapping: marking sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship mapping: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My go-to students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students has no caring adult connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students have no caring adult connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your name under &quot;Volunteer adult&quot; if you will be this student&apos;s go-to adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active student has at least one caring adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: student information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern flagged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member: ________________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Positive, trusting relationship&quot; for each student you know well and who would come to you; tick &quot;May benefit&quot; for a student you worry about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: student information. Hand this sheet back at the end of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive, trusting relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May benefit from a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-to adult: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the go-to adult for 1 student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the go-to adult for %1 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each student&apos;s plan is in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students are assigned to you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (marked connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this round&apos;s marks first (a marking session or marking sheets); until then the last mapped round is the one to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks have been recorded in this round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students in %3 has no caring adult connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students in %3 have no caring adult connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active student in %1 has at least one caring adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adult has a go-to student yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the school is made before every import. Restoring one replaces the school with it; the current state is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::RoundsPage</name>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new round (for example &quot;Spring 2027&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round is one mapping meeting. The school usually maps in the fall and again in the spring. Start a new round for the next meeting: the earlier rounds&apos; marks stay as they are. A new round is shown only when you choose it: select it and press Enter (or View this round) when its marking starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no marks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round &quot;%1&quot; is ready; it has no marks yet. The window keeps showing &quot;%2&quot; until you choose the new round: select it and press View this round when its marking starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::SchoolDocument</name>
    <message>
        <source>A round needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a round called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students unconnected · %3 with exactly one adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no school is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no marks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no marks yet; the last mapped round is %2, %3 unconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school name is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school name has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::SetActiveCommand</name>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the next time caringmap starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::StudentDialog</name>
    <message>
        <source>Add a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (counted in every round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homeroom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the student&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the student&apos;s given and family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::StudentTableModel</name>
    <message>
        <source>0 · unconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::StudentsPage</name>
    <message>
        <source>Filter students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, grade or homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a student to see who their caring adults are.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · grade %2 · homeroom %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Inactive:&lt;/b&gt; not counted. Their marks are kept and count again when the student is reactivated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No caring adult in %1.&lt;/b&gt; This student is unconnected.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Caring adults in %1:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;May benefit from a relationship&lt;/b&gt;, flagged by:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? The student is no longer counted; their marks are kept and count again if you reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::SummaryReport</name>
    <message>
        <source>Relationship mapping: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have no caring adult yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have at least one caring adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: student information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active adults have marked students this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active adult has marked at least one student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked anyone yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is left out? Percent connected by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid bars: the group&apos;s percent of students with at least one caring adult. Dashed line: the whole school (%1). Groups with fewer than %2 students are not shown, to protect their privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have exactly one caring adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragile: one adult, or all leaving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::TableReportPainter</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged &quot;may benefit&quot; by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedPage</name>
    <message>
        <source>Filter unconnected students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, grade, homeroom or adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hidden during a private marking session&lt;/h3&gt;&lt;p&gt;The list comes back when the session is left.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 active students have no caring adult in %3.&lt;/b&gt; Each of them needs a go-to adult. The list updates as marks are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No students yet&lt;/h3&gt;&lt;p&gt;Import a roster (File › Import roster) or add students on the Students page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Every active student has at least one caring adult in %1.&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the unconnected students shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this round on the Mark page, or view the last mapped round on the Rounds page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedReportData</name>
    <message>
        <source>No grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No homeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedReportData::Filter</name>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ViewCommands</name>
    <message>
        <source>%1, round %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Active students:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Unconnected:          %1  (%2%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Exactly one adult:    %1  (%2%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Two or more adults:   %1  (%2%)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to caringmap&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caringmap helps your school make sure every student has at least one caring adult. In a staff meeting each adult marks the students they have a positive, trusting relationship with; caringmap lists the students nobody marked so that each can be paired with a go-to adult.&lt;br&gt;&lt;br&gt;All data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an &amp;empty school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a school file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::WindowViews</name>
    <message>
        <source>Export the school to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-to adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a school &amp;system… (OneRoster, spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unconnected students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking sheet for a paper meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school was written to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school is back as it was in %1. The state before the restore was kept as a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an adult first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor &amp;lists (every go-to adult, one per page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
