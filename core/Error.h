#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cm {

// What went wrong, said so that a counselor can act on it: the file and the
// file's own line number (header = line 1) when the problem is in a file.
struct Error {
    QString message;
    QString file;
    int line = 0;
    // Not the input's fault (the disk is full, the school is locked): no
    // file and line are blamed for it, even when an importer adds them.
    bool environment = false;
    // Two writers met on a district server (a deadlock or a serialization
    // failure): the whole action may be run again.
    bool conflict = false;

    QString toString() const {
        if (file.isEmpty() || environment)
            return message;
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
        return QStringLiteral("%1: %2").arg(file, message);
    }
};

// Outcome of an operation that returns nothing: ok, or an Error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error e)
        : m_error(std::move(e)) {}
    static Status fail(const QString& message) { return Status(Error{message, {}, 0}); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return m_error ? m_error->toString() : QString(); }

private:
    std::optional<Error> m_error;
};

// Outcome of an operation that returns a value: the value, or an Error.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error e)
        : m_error(std::move(e)) {}
    Result(const Status& s)
        : m_error(s.error()) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return *m_error; }
    QString message() const { return m_error ? m_error->toString() : QString(); }
    Status status() const { return m_error ? Status(*m_error) : Status(); }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

} // namespace cm
