#include "util/jsonwriter.h"

#include <QRandomGenerator>
#include <QTest>

#include <bit>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <limits>

using kw::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray compactDouble(double value, int digits)
    {
        JsonWriter writer(JsonWriter::Style::Compact);
        writer.writeDouble(value, digits);
        return writer.result().chopped(1); // drop the trailing newline
    }

private Q_SLOTS:
    void emptyContainers()
    {
        JsonWriter pretty;
        pretty.beginObject();
        pretty.key(u"a");
        pretty.beginArray();
        pretty.endArray();
        pretty.key(u"b");
        pretty.beginObject();
        pretty.endObject();
        pretty.endObject();
        QCOMPARE(pretty.result(), QByteArray("{\n  \"a\": [],\n  \"b\": {}\n}\n"));
    }

    void nestingAndCommas()
    {
        for (const auto style : {JsonWriter::Style::Pretty, JsonWriter::Style::Compact}) {
            JsonWriter writer(style);
            writer.beginObject();
            writer.key(u"list");
            writer.beginArray();
            writer.writeInteger(1);
            writer.writeNull();
            writer.writeBool(true);
            writer.beginObject();
            writer.key(u"x");
            writer.writeString(u"y");
            writer.endObject();
            writer.endArray();
            writer.key(u"n");
            writer.writeBool(false);
            writer.endObject();
            if (style == JsonWriter::Style::Compact) {
                QCOMPARE(writer.result(),
                         QByteArray("{\"list\":[1,null,true,{\"x\":\"y\"}],\"n\":false}\n"));
            } else {
                QCOMPARE(writer.result(), QByteArray("{\n"
                                                     "  \"list\": [\n"
                                                     "    1,\n"
                                                     "    null,\n"
                                                     "    true,\n"
                                                     "    {\n"
                                                     "      \"x\": \"y\"\n"
                                                     "    }\n"
                                                     "  ],\n"
                                                     "  \"n\": false\n"
                                                     "}\n"));
            }
        }
    }

    void escapesEveryControlCharacter()
    {
        for (char16_t c = 0; c < 0x20; ++c) {
            const QString text = QString(QChar(c));
            QByteArray expected;
            switch (c) {
            case u'\b': expected = "\"\\b\""; break;
            case u'\f': expected = "\"\\f\""; break;
            case u'\n': expected = "\"\\n\""; break;
            case u'\r': expected = "\"\\r\""; break;
            case u'\t': expected = "\"\\t\""; break;
            default: expected = "\"\\u00" + QByteArray::number(c, 16).rightJustified(2, '0') + '"';
            }
            QCOMPARE(JsonWriter::quoted(text), expected);
        }
        QCOMPARE(JsonWriter::quoted(u"a\"b\\c/d\x7f"), QByteArray("\"a\\\"b\\\\c/d\x7f\""));
    }

    void nonAsciiIsUtf8()
    {
        const QString text = QStringLiteral("Überschuss ☀ 🔋 €");
        QCOMPARE(JsonWriter::quoted(text), '"' + text.toUtf8() + '"');
    }

    void loneSurrogatesAreEscaped()
    {
        const QString high(QChar(char16_t(0xD800)));
        const QString low(QChar(char16_t(0xDC00)));
        QCOMPARE(JsonWriter::quoted(QString(high + u'x')), QByteArray("\"\\ud800x\""));
        QCOMPARE(JsonWriter::quoted(QString(u'x' + low)), QByteArray("\"x\\udc00\""));
        // Reversed pair is two lone surrogates, not a character.
        QCOMPARE(JsonWriter::quoted(QString(low + high)), QByteArray("\"\\udc00\\ud800\""));
    }

    void integersAreExact()
    {
        JsonWriter writer(JsonWriter::Style::Compact);
        writer.beginArray();
        writer.writeInteger(std::numeric_limits<qint64>::min());
        writer.writeInteger(std::numeric_limits<qint64>::max());
        writer.writeUnsigned(std::numeric_limits<quint64>::max());
        writer.writeInteger(0);
        writer.writeInteger(-100);
        writer.endArray();
        QCOMPARE(writer.result(), QByteArray("[-9223372036854775808,9223372036854775807,"
                                             "18446744073709551615,0,-100]\n"));
    }

    void specialDoubles()
    {
        QCOMPARE(compactDouble(-0.0, 9), QByteArray("-0"));
        QCOMPARE(compactDouble(0.0, 9), QByteArray("0"));
        QCOMPARE(compactDouble(70.0, 9), QByteArray("70"));
        QCOMPARE(compactDouble(std::nan(""), 9), QByteArray("null"));
        QCOMPARE(compactDouble(-std::numeric_limits<double>::infinity(), 9), QByteArray("null"));
        QCOMPARE(compactDouble(0.1, 17), QByteArray("0.10000000000000001"));
        QCOMPARE(compactDouble(double(std::bit_cast<float>(0x4599AD17u)), 9),
                 QByteArray("4917.63623"));
        QCOMPARE(compactDouble(double(std::bit_cast<float>(0x00000001u)), 9),
                 QByteArray("1.40129846e-45"));
        QCOMPARE(compactDouble(double(std::numeric_limits<float>::max()), 9),
                 QByteArray("3.40282347e+38"));
    }

    // 9 significant digits must bring every float32 back bit for bit, in printf's %.9g form.
    void float32RoundTripsAndMatchesPrintf()
    {
        std::setlocale(LC_NUMERIC, "C");
        QRandomGenerator random(20240521);
        for (int i = 0; i < 20000; ++i) {
            const quint32 bits = random.generate();
            const float value = std::bit_cast<float>(bits);
            if (!std::isfinite(value))
                continue;
            const QByteArray text = compactDouble(double(value), 9);
            float back = 0;
            const auto parsed = std::from_chars(text.constData(), text.constData() + text.size(), back);
            QVERIFY2(parsed.ec == std::errc() && parsed.ptr == text.constData() + text.size(),
                     text.constData());
            QCOMPARE(std::bit_cast<quint32>(back), bits);
            char reference[64];
            std::snprintf(reference, sizeof reference, "%.9g", double(value));
            QCOMPARE(text, QByteArray(reference));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
