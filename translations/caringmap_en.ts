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
        <source>Percent connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, round %3): %4 of %5 students are known to adults but named nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student voice, %1: %2 of %3 active students answered; %4 named at least one adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adults marked them, they named nobody: act here first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no adult marked them and they named nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they named an adult who did not mark them: ask that adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adults marked them and they named an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved names, not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff: %5 · named: %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unresolved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey import needs one FILE.csv or FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the survey %1 (nothing was changed): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the survey %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in %2 (round %3); %4 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 kept as they were (a later answer was stored already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> replaced by the same student&apos;s later answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: student id &quot;%1&quot;; answers &quot;%2&quot;; time %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the later row stands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> unresolved and not counted: see &apos;caringmap survey unresolved&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the school before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved names, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active adult by that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle one with: caringmap survey resolve &quot;TEXT&quot; ADULT_ID|none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey resolve needs &quot;TEXT&quot; and ADULT_ID (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current school adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no adult with the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is inactive (has left): answers naming them are not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; now means %2 in every student&apos;s answer, in every round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to survey %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey needs import, unresolved or resolve</source>
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
        <source>students in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, round %3): %4 of %5 %6 have no caring adult connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs a kind: unconnected, marking-sheet, summary, voice, mentor or mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (unconnected, marking-sheet, summary, voice, mentor or mentors)</source>
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
    <message>
        <source>Add one &amp;adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no adults yet. Import the staff roster (File › Import roster, or Import from a school system), or add adults one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adult matches these filters. Press Escape in the filter box or choose All roles and All adults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the chosen adult</source>
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
    <message numerus="yes">
        <source>%1&lt;br&gt;&lt;small&gt;The %2 homerooms with the lowest share connected, of %n; every homeroom is in the numbers&lt;/small&gt;</source>
        <translation>
            <numerusform>%1&lt;br&gt;&lt;small&gt;The %2 homerooms with the lowest share connected, of %n; every homeroom is in the numbers&lt;/small&gt;</numerusform>
            <numerusform>%1&lt;br&gt;&lt;small&gt;The %2 homerooms with the lowest share connected, of %n; every homeroom is in the numbers&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Student group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;&lt;small&gt;The %2 adults who marked most and the %2 who marked least, of %n; every adult is in the numbers&lt;/small&gt;</source>
        <translation>
            <numerusform>%1&lt;br&gt;&lt;small&gt;The %2 adults who marked most and the %2 who marked least, of %n; every adult is in the numbers&lt;/small&gt;</numerusform>
            <numerusform>%1&lt;br&gt;&lt;small&gt;The %2 adults who marked most and the %2 who marked least, of %n; every adult is in the numbers&lt;/small&gt;</numerusform>
        </translation>
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
    <message>
        <source>Copy the numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::Cli</name>
    <message>
        <source>no database at %1 (make one with &apos;caringmap demo&apos; or &apos;caringmap import&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;caringmap --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make sure every student has at least one caring adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s database (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language (default: Settings &gt; Language, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (nothing changed), 2 usage mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - the disk is full</source>
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
    <message>
        <source>Students compared between the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different rounds: a round compared with itself has no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students whose connection changed between the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Student voice: %n student(s) now agree with the staff</source>
        <translation>
            <numerusform>Student voice: %n student now agrees with the staff</numerusform>
            <numerusform>Student voice: %n students now agree with the staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer agree</source>
        <translation>
            <numerusform>%n no longer agrees</numerusform>
            <numerusform>%n no longer agree</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 then %3 (%4)</source>
        <translation type="unfinished"></translation>
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
        <source>%1: no marks yet. The charts appear as soon as adults mark the students they know (the Mark page, or a marking sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard: figures and charts</source>
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
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Go-to adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups are due as of %1; they appear %2 and %3 days after a go-to adult is assigned (Go-to adults page), and stay here until a check-in is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due as of</source>
        <translation type="unfinished"></translation>
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
    <name>cm::GuideDialog</name>
    <message>
        <source>&lt;h2&gt;How relationship mapping works&lt;/h2&gt;&lt;p&gt;The aim: every student has at least one adult at school who knows them and whom they would go to with a personal problem. Relationship mapping finds the students nobody knows that well yet, and gives each of them a go-to adult.&lt;/p&gt;&lt;h3&gt;1. Map (early in the year)&lt;/h3&gt;&lt;p&gt;Import the roster of students and adults (File › Import). In a staff meeting each adult opens &lt;b&gt;Mark&lt;/b&gt;, chooses their name and marks the students they have a &lt;b&gt;positive, trusting relationship&lt;/b&gt; with (Space), and those who &lt;b&gt;may benefit&lt;/b&gt; from one (Ctrl+Space). Private mode keeps the other adults&apos; marks hidden.&lt;/p&gt;&lt;h3&gt;2. Find the unconnected students&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Unconnected&lt;/b&gt; lists the students nobody marked; the status bar and the &lt;b&gt;Dashboard&lt;/b&gt; show how many, by grade and homeroom. Print the list for the counselors&apos; meeting.&lt;/p&gt;&lt;h3&gt;3. Pair each with a go-to adult&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Go-to adults&lt;/b&gt; suggests an adult for each unconnected student: first an adult who flagged them as &quot;may benefit&quot;, then one who teaches them, then volunteers. Change any row, then Apply. &lt;b&gt;Mentor lists&lt;/b&gt; shows and prints each adult&apos;s mentees.&lt;/p&gt;&lt;h3&gt;4. Follow up&lt;/h3&gt;&lt;p&gt;About 4 weeks and 2 months after a pairing, &lt;b&gt;Follow-up due&lt;/b&gt; lists the check-ins to make. Record each one; when the adult and the student have connected, record &quot;connected&quot; and the student leaves the unconnected list.&lt;/p&gt;&lt;h3&gt;5. Re-map later in the year&lt;/h3&gt;&lt;p&gt;Start a new round on the &lt;b&gt;Rounds&lt;/b&gt; page (for example in spring) and mark again. &lt;b&gt;Compare rounds&lt;/b&gt; shows who became connected and who lost a connection, and the cycle starts again for the students still unconnected.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How relationship mapping works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::HistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
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
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
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
        <source>Active (yes/no)</source>
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
        <source>Student group (e.g. IEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1. A column set to &quot;%2&quot; makes student groups named after the column (for example IEP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n person(s) in caringmap are missing from this file and will become inactive. Untick Sync if the file is not the full roster.</source>
        <translation>
            <numerusform>Warning: %n person in caringmap is missing from this file and will become inactive. Untick Sync if the file is not the full roster.</numerusform>
            <numerusform>Warning: %n people in caringmap are missing from this file and will become inactive. Untick Sync if the file is not the full roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, a field chooser above each column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::LockScreen</name>
    <message>
        <source>caringmap is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
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
        <source>&amp;How relationship mapping works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
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
    <message>
        <source>Connect to a &amp;District Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MarkingKeys</name>
    <message>
        <source>Mark a positive, trusting relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark may benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the highlighted student: %1 positive, trusting relationship · %2 may benefit · %3 note. Type letters to filter; Down enters the list; Ctrl+Z undoes.</source>
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
        <source>Note (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May benefit (Ctrl+Space)</source>
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
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive, trusting relationship&lt;/b&gt;: you know this student beyond academics and believe they would come to you with a personal problem.&lt;br&gt;&lt;b&gt;May benefit from a relationship&lt;/b&gt;: you think this student could use a caring adult. Each change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your marks in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n positive, trusting relationship(s)</source>
        <translation>
            <numerusform>%n positive, trusting relationship</numerusform>
            <numerusform>%n positive, trusting relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may benefit</source>
        <translation>
            <numerusform>%n may benefit</numerusform>
            <numerusform>%n may benefit</numerusform>
        </translation>
    </message>
    <message>
        <source>No student in this grade and homeroom matches “%1”. Press Escape in the filter to clear it, or choose All grades and All homerooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches “%1”. Press Escape in the filter to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active student is in this grade and homeroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active students to mark yet: import a roster first (File › Import roster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the student survey, %n student(s) named you as an adult they would go to: %1.</source>
        <translation>
            <numerusform>In the student survey, %n student named you as an adult they would go to: %1.</numerusform>
            <numerusform>In the student survey, %n students named you as an adult they would go to: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your marks are saved. Enter the counselor passphrase to leave the private session of %1:</source>
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
        <source>Nothing was imported: %1</source>
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
    <message numerus="yes">
        <source>Wrote a sheet of %n student(s) to %1.</source>
        <translation>
            <numerusform>Wrote a sheet of %n student to %1.</numerusform>
            <numerusform>Wrote a sheet of %n students to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), round %3: %4 connected, %5 concern;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new mark(s),</source>
        <translation>
            <numerusform>%n new mark,</numerusform>
            <numerusform>%n new marks,</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated, %2 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult for the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeroom for the sheet</source>
        <translation type="unfinished"></translation>
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
        <source>Suggested go-to adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-to adults in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No go-to adults are in place yet. Check the suggestion above (change any row&apos;s adult), then press Apply suggestion: each student gets a go-to adult, and follow-ups fall due after 4 weeks and 2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active student is connected in this round: nobody needs a go-to adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unconnected student already has a go-to adult (listed below). Their follow-ups appear on the Follow-up due page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n student(s)</source>
        <translation>
            <numerusform>Assigned %n student</numerusform>
            <numerusform>Assigned %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n adult(s); undo with Ctrl+Z.</source>
        <translation>
            <numerusform>to %n adult; undo with Ctrl+Z.</numerusform>
            <numerusform>to %n adults; undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Default capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-to adult for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also students who &amp;named nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student voice: students whom adults marked but who named no adult at school in the survey; the adults who marked them come first</source>
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
        <source>Adult whose mentees are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Go-to adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3) · %n mentee(s)</source>
        <translation>
            <numerusform>%1, %2 (%3) · %n mentee</numerusform>
            <numerusform>%1, %2 (%3) · %n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) taken</source>
        <translation>
            <numerusform>%1 of %n place taken</numerusform>
            <numerusform>%1 of %n places taken</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no active adults yet. Import the staff roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mentees yet. Give unconnected students a go-to adult on the Go-to adults page (suggest, check, apply), or add a mentee here with Add mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
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
    <name>cm::Passphrase</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
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
    <name>cm::PrivacyActions</name>
    <message>
        <source>Save a copy for another &amp;computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;transfer file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge a student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy for another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caringmap transfer files (*.caringmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this file (at least 6 characters). Give it to the other person separately, never with the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, encrypted. Open it on the other computer with File &gt; Open a transfer file and the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a caringmap transfer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open school will be replaced by the one in %1 (it is backed up first). Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school from %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student id of the student to remove for good:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) and everything about them (marks, notes, matches, check-ins, survey answers) from this school and from every backup? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was removed from the school and its backups. The audit trail keeps their changes as &quot;purged student&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::PrivacyGuard</name>
    <message>
        <source>Counselor passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private session hides colleagues&apos; marks and notes. Choose the counselor passphrase that will be needed to leave it (at least 6 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Too many wrong tries: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Wrong passphrase. Too many wrong tries: wait %n second before the next one.</numerusform>
            <numerusform>Wrong passphrase. Too many wrong tries: wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was shown.</source>
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
        <source>Student voice: staff and students side by side</source>
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
    <message>
        <source>Backups</source>
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
        <source>the school was purged, but a backup could not be: %1</source>
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
    <message>
        <source>Backups and transfer files are copies of a school&apos;s file. This school is on the district&apos;s server, which district IT backs up with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ServerDialog</name>
    <message>
        <source>Connect to a District Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your district keeps every school on one PostgreSQL server. District IT gives you its address and your login; you see only the schools granted to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only school granted to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is read from your PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or from PGPASSWORD, as district IT set it up; caringmap never asks for it or keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address as district IT gave it, beginning with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::SessionLock</name>
    <message>
        <source>School: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private marking session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private marking session is running (%1). Enter the counselor passphrase to close caringmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the counselor passphrase to change the idle lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without a key press or mouse use before the window locks (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number of minutes from 0 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current counselor passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was set.</source>
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
    <name>cm::ShortcutsDialog</name>
    <message>
        <source>Show the %1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere: Tab moves between fields; in lists, typing filters and Down or Enter moves into the list; Escape clears a filter. The marking keys work on the highlighted student of the marking session.</source>
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
    <message>
        <source>&amp;Import a roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one &amp;student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no students yet. Import the roster from your student information system (a CSV file, a spreadsheet or a OneRoster export), or add students one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches these filters. Press Escape in the filter box or choose All grades, All homerooms and All students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice:&lt;/b&gt; no survey answer this round.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice:&lt;/b&gt; named no adult at school.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice: named no adult at school&lt;/b&gt;, though adults marked them: the hidden disconnection. Act here first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice:&lt;/b&gt; would go to %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Not resolved yet: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details or history of the chosen student</source>
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
    <message>
        <source>Go-to adult</source>
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
    <message numerus="yes">
        <source>&lt;b&gt;%1 of %n active student(s) have no caring adult in %2.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1 of %n active student has no caring adult in %2.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1 of %n active students have no caring adult in %2.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>homeroom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n shown&lt;/b&gt; (%1).</source>
        <translation>
            <numerusform>&lt;b&gt;%n shown&lt;/b&gt; (%1).</numerusform>
            <numerusform>&lt;b&gt;%n shown&lt;/b&gt; (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them needs a go-to adult. The list updates as marks are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the students adults know who named nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Names nobody: %n more student(s) have adults who marked them but named no adult at school in the survey, the hidden disconnection.</source>
        <translation>
            <numerusform>Names nobody: %n more student has adults who marked them but named no adult at school in the survey, the hidden disconnection.</numerusform>
            <numerusform>Names nobody: %n more students have adults who marked them but named no adult at school in the survey, the hidden disconnection.</numerusform>
        </translation>
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
    <name>cm::VoiceModel</name>
    <message>
        <source>%1 (both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not resolved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Adults who marked them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults they named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::VoicePage</name>
    <message>
        <source>&amp;Import a student survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hidden during a private marking session&lt;/h3&gt;&lt;p&gt;Survey answers are confidential like marks; they come back when the session is left.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, grade, homeroom or adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group filter</source>
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
        <source>Students: adults who marked them and adults they named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No students yet&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No survey answers in %1&lt;/h3&gt;&lt;p&gt;Ask the students which adults at school they would go to, then import the form&apos;s export.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 active students answered; %4 named at least one adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a student survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) from %2 student(s) read into %3; %4 stored, %5 name(s) left to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 answer(s) from %2 student(s) into %3?

Student ID column: &quot;%4&quot;; answer column(s): &quot;%5&quot;; time column: &quot;%6&quot;.
%7 name(s) will be left to settle. A backup of the school is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::VoicePanel</name>
    <message>
        <source>Adults know them, they named nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adult either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They named an adult who did not mark them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both views agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student voice: staff and students compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students who named at least one adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 who answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named at least one adult, of those who answered (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student voice: %1 of %2 active students answered the survey; %3 named at least one adult. %4 are known to adults but named nobody: act there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student voice: no survey answers in this round yet (Student voice page, Import a student survey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and students compared, of those who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fewer than %2 answers: not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answers in this round yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::VoiceReport</name>
    <message>
        <source>Adults marked them, they named nobody: act here first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adult marked them and they named nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They named an adult who did not mark them: ask that adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults marked them and they named an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student voice: staff and students side by side</source>
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
        <source>%1 of %2 students are known to adults but named nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active students answered the survey; %3 named at least one adult; %4 gave no answer. &quot;(both)&quot;: the adult marked the student and was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answers in this round.</source>
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
        <source>Adults who marked them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults they named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not resolved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::VoiceResolvePanel</name>
    <message>
        <source>Unresolved survey names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult the name means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settle the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the selected name as the chosen adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name in the answers is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) in the answers could not be matched to one adult and are not counted. Choose whom each means; every identical answer is settled at once.</source>
        <translation>
            <numerusform>%n name in the answers could not be matched to one adult and is not counted. Choose whom it means; every identical answer is settled at once.</numerusform>
            <numerusform>%n names in the answers could not be matched to one adult and are not counted. Choose whom each means; every identical answer is settled at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>no adult on staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (could be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on staff (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a survey name</source>
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
    <message>
        <source>How relationship mapping &amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your district&apos;s &amp;server…</source>
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
        <source>Student voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a student &amp;survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student &amp;voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show adults which students &amp;named them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their marking session, each adult sees which students named them in the student survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
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
    <message>
        <source>Include the notes staff wrote and the students&apos; demographic groups (sex, race, ethnicity)? They are sensitive: leave them out (No) unless the system receiving the export needs them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
