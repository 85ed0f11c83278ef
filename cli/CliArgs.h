#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cm {

// A small argument reader for sub-commands: each command takes the options it
// knows, then its positionals; whatever is left over is a usage mistake.
// Accepts "--name VALUE" and "--name=VALUE".
class CliArgs {
public:
    explicit CliArgs(const QStringList& tokens);

    // Takes an option with a value. Missing value: sets error(). Not given: nullopt.
    std::optional<QString> option(const QString& name);
    QString option(const QString& name, const QString& fallback);
    // Takes an integer option; a non-number sets error().
    std::optional<int> intOption(const QString& name);
    bool flag(const QString& name);

    // Remaining positionals, in order (consumes them).
    QStringList positionals();

    // Usage problems found so far, or leftovers (unknown options).
    QString error() const;
    bool ok() const { return error().isEmpty(); }
    void setError(const QString& message);

private:
    struct Token {
        QString text;
        bool used = false;
    };
    QVector<Token> m_tokens;
    QString m_error;
};

} // namespace cm
