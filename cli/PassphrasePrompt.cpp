#include "PassphrasePrompt.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cm {

namespace {

QString firstLine(const QByteArray& bytes) {
    QString line = QString::fromUtf8(bytes);
    const int end = line.indexOf(QLatin1Char('\n'));
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

bool isTerminal() {
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

// One line from standard input, with the terminal's echo off while typing.
QString readLine(bool hide) {
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = hide && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(hide);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    return firstLine(QByteArray::fromStdString(line));
}

} // namespace

Result<QString> PassphrasePrompt::read(const std::optional<QString>& file, const QString& prompt,
                                       bool confirm, QTextStream& err) {
    if (file) {
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read the passphrase file: %1").arg(f.errorString()),
                         *file, 0};
        const QString line = firstLine(f.read(64 * 1024));
        if (line.isEmpty())
            return Error{QStringLiteral("the passphrase file's first line is empty"), *file, 0};
        return line;
    }
    const bool terminal = isTerminal();
    err << prompt << ": ";
    err.flush();
    const QString first = readLine(terminal);
    if (first.isEmpty())
        return Error{QStringLiteral("no passphrase was given"), {}, 0};
    if (confirm && terminal) {
        err << "Type it again: ";
        err.flush();
        if (readLine(true) != first)
            return Error{QStringLiteral("the two passphrases differ"), {}, 0};
    }
    return first;
}

} // namespace cm
