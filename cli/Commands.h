#pragma once

namespace cm {

class CliContext;

// One function per command; each lives in the file for its area.
int cmdImport(CliContext& ctx);
int cmdExport(CliContext& ctx);
int cmdBackup(CliContext& ctx);
int cmdSheet(CliContext& ctx);
int cmdMark(CliContext& ctx);
int cmdRound(CliContext& ctx);
int cmdSchool(CliContext& ctx);
int cmdDemo(CliContext& ctx);
int cmdUnconnected(CliContext& ctx);
int cmdSummary(CliContext& ctx);
int cmdMatch(CliContext& ctx);
int cmdCheckin(CliContext& ctx);
int cmdDue(CliContext& ctx);
int cmdCompare(CliContext& ctx);
int cmdSurvey(CliContext& ctx);
int cmdVoice(CliContext& ctx);
int cmdAudit(CliContext& ctx);
int cmdSchoolPassphrase(
    CliContext& ctx, const QStringList& positionals); // school passphrase --reset (PrivacyCommands)
int cmdPurge(CliContext& ctx);
int cmdDistrict(CliContext& ctx); // district init|add-school|list-schools|grant|summary

} // namespace cm
