#include "CliArgs.h"

namespace cm {

CliArgs::CliArgs(const QStringList& tokens) {
    for (const QString& t : tokens)
        m_tokens.push_back(Token{t, false});
}

std::optional<QString> CliArgs::option(const QString& name) {
    const QString flagText = QStringLiteral("--") + name;
    const QString prefix = flagText + QLatin1Char('=');
    std::optional<QString> value;
    for (int i = 0; i < m_tokens.size(); ++i) {
        Token& t = m_tokens[i];
        if (t.used)
            continue;
        if (t.text == QLatin1String("--"))
            break; // everything after "--" is positional
        if (t.text.startsWith(prefix)) {
            t.used = true;
            value = t.text.mid(prefix.size());
        } else if (t.text == flagText) {
            t.used = true;
            if (i + 1 >= m_tokens.size() || m_tokens[i + 1].used) {
                setError(QStringLiteral("%1 needs a value").arg(flagText));
                return std::nullopt;
            }
            m_tokens[i + 1].used = true;
            value = m_tokens[i + 1].text;
            ++i;
        }
    }
    return value;
}

QString CliArgs::option(const QString& name, const QString& fallback) {
    return option(name).value_or(fallback);
}

std::optional<int> CliArgs::intOption(const QString& name) {
    const std::optional<QString> v = option(name);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const int n = v->toInt(&ok);
    if (!ok) {
        setError(QStringLiteral("--%1 takes a whole number, not \"%2\"").arg(name, *v));
        return std::nullopt;
    }
    return n;
}

bool CliArgs::flag(const QString& name) {
    const QString flagText = QStringLiteral("--") + name;
    bool found = false;
    for (Token& t : m_tokens) {
        if (t.text == QLatin1String("--"))
            break;
        if (!t.used && t.text == flagText) {
            t.used = true;
            found = true;
        }
    }
    return found;
}

QStringList CliArgs::positionals() {
    QStringList out;
    bool afterDashes = false;
    for (Token& t : m_tokens) {
        if (t.used)
            continue;
        if (!afterDashes && t.text == QLatin1String("--")) {
            t.used = true;
            afterDashes = true;
            continue;
        }
        if (!afterDashes && t.text.startsWith(QLatin1Char('-')) && t.text.size() > 1)
            continue; // an unknown option: reported by error()
        t.used = true;
        out.push_back(t.text);
    }
    return out;
}

QString CliArgs::error() const {
    if (!m_error.isEmpty())
        return m_error;
    for (const Token& t : m_tokens) {
        if (t.text == QLatin1String("--"))
            break;
        if (!t.used && t.text.startsWith(QLatin1Char('-')) && t.text.size() > 1)
            return QStringLiteral("unknown option %1").arg(t.text);
    }
    return {};
}

void CliArgs::setError(const QString& message) {
    if (m_error.isEmpty())
        m_error = message;
}

} // namespace cm
