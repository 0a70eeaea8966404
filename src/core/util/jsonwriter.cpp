#include "jsonwriter.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace kw {
namespace {

constexpr char HexDigits[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    out.append("\\u");
    out.append(HexDigits[(unit >> 12) & 0xF]);
    out.append(HexDigits[(unit >> 8) & 0xF]);
    out.append(HexDigits[(unit >> 4) & 0xF]);
    out.append(HexDigits[unit & 0xF]);
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

void appendQuoted(QByteArray &out, QStringView text)
{
    out.append('"');
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        switch (unit) {
        case u'"': out.append("\\\""); continue;
        case u'\\': out.append("\\\\"); continue;
        case u'\b': out.append("\\b"); continue;
        case u'\f': out.append("\\f"); continue;
        case u'\n': out.append("\\n"); continue;
        case u'\r': out.append("\\r"); continue;
        case u'\t': out.append("\\t"); continue;
        default: break;
        }
        if (unit < 0x20) {
            appendUnicodeEscape(out, unit);
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(unit, text.at(i + 1).unicode()));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            // A lone surrogate has no UTF-8 form; the escape keeps what was received.
            appendUnicodeEscape(out, unit);
        } else {
            appendUtf8(out, unit);
        }
    }
    out.append('"');
}

template<typename Number>
void appendInteger(QByteArray &out, Number value)
{
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), result.ptr - buffer.data());
}

} // namespace

JsonWriter::JsonWriter(Style style)
    : m_style(style)
{
}

void JsonWriter::newlineAndIndent()
{
    if (m_style == Style::Compact)
        return;
    m_out.append('\n');
    m_out.append(QByteArray(m_levels.size() * 2, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newlineAndIndent();
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject && !m_afterKey);
    beforeValue();
    appendQuoted(m_out, name);
    m_out.append(m_style == Style::Pretty ? ": " : ":");
    m_afterKey = true;
}

void JsonWriter::open(char bracket, bool isObject)
{
    beforeValue();
    m_out.append(bracket);
    m_levels.append(Level{isObject, true});
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    const bool wasEmpty = m_levels.last().empty;
    m_levels.removeLast();
    if (!wasEmpty)
        newlineAndIndent();
    m_out.append(bracket);
}

void JsonWriter::beginObject() { open('{', true); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('[', false); }
void JsonWriter::endArray() { close(']'); }

void JsonWriter::writeString(QStringView text)
{
    beforeValue();
    appendQuoted(m_out, text);
}

void JsonWriter::writeNull()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::writeBool(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::writeInteger(qint64 value)
{
    beforeValue();
    appendInteger(m_out, value);
}

void JsonWriter::writeUnsigned(quint64 value)
{
    beforeValue();
    appendInteger(m_out, value);
}

void JsonWriter::writeDouble(double value, int significantDigits)
{
    beforeValue();
    if (!std::isfinite(value)) {
        m_out.append("null");
        return;
    }
    // std::to_chars is printf's %.Ng without the C locale's decimal comma (QCoreApplication
    // calls setlocale, so snprintf would print "1,5" on a German desktop).
    std::array<char, 40> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::general,
                                      std::clamp(significantDigits, 1, 17));
    m_out.append(buffer.data(), result.ptr - buffer.data());
}

QByteArray JsonWriter::result() const
{
    if (!m_out.isEmpty() && m_levels.isEmpty())
        return m_out + '\n';
    return m_out;
}

QByteArray JsonWriter::quoted(QStringView text)
{
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

} // namespace kw
