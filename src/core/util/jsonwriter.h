#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <QtGlobal>

namespace kw {

// Streams JSON text into a byte buffer. Exists because QJsonValue stores numbers as double and so
// cannot hold 64-bit integers exactly, nor print a float32 with a chosen number of digits.
// The caller decides the key order; the writer only places commas, indentation and escapes.
class JsonWriter
{
public:
    enum class Style { Pretty, Compact };

    explicit JsonWriter(Style style = Style::Pretty);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Inside an object: the name of the next value.
    void key(QStringView name);

    void writeString(QStringView text);
    void writeNull();
    void writeBool(bool value);
    void writeInteger(qint64 value);
    void writeUnsigned(quint64 value);
    // Shortest round-trip digits would over-state a float32; `significantDigits` follows printf
    // `%.Ng` (9 restores every float32 exactly). NaN and infinities have no JSON form: null.
    void writeDouble(double value, int significantDigits = 17);

    // The text so far; complete once every object and array is closed, and then ends with a
    // newline (like `jq -c`) so it can go straight to a terminal or a line-based log.
    QByteArray result() const;

    // JSON string literal for `text`, quotes included (exposed for tests and one-off use).
    static QByteArray quoted(QStringView text);

private:
    struct Level
    {
        bool isObject = false;
        bool empty = true;
    };

    void beforeValue();
    void open(char bracket, bool isObject);
    void close(char bracket);
    void newlineAndIndent();

    QByteArray m_out;
    QList<Level> m_levels;
    Style m_style;
    bool m_afterKey = false;
};

} // namespace kw
