#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cm {

// `caringmap report unconnected|marking-sheet|summary --output FILE.pdf
// [--round NAME] [--group-by grade|homeroom] [--page-size letter|a4]`.
// args: the arguments after "report". Needs a QGuiApplication (fonts);
// app/main.cpp provides one on the offscreen platform. Returns the exit code.
int runReportCommand(const QStringList& args, const QString& dbPath, QTextStream& out,
                     QTextStream& err);

} // namespace cm
