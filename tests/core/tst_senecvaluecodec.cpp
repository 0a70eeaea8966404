// Every prefix, width, sign, sentinel and malformed form of a single SENEC value, and round trips.
#include "senec/senecvaluecodec.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace kw::senec;
using namespace Qt::StringLiterals;
namespace Codec = kw::senec::SenecValueCodec;

class TestSenecValueCodec : public QObject
{
    Q_OBJECT
private slots:
    void floats_data();
    void floats();
    void floatSpecials();
    void unsignedWidths_data();
    void unsignedWidths();
    void signedWidths_data();
    void signedWidths();
    void sixtyFourBitStaysExact();
    void text_data();
    void text();
    void sentinels_data();
    void sentinels();
    void malformed_data();
    void malformed();
    void unknownPrefixKeepsRaw();
    void deviceError();
    void encodeKnownValues();
    void roundTripIntegers_data();
    void roundTripIntegers();
    void roundTripRandomFloats();
    void roundTripKeepsStatus();
    void accessorsRefuseNonNumbers();
};

void TestSenecValueCodec::floats_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<quint32>("bits");
    QTest::addColumn<double>("expected");
    // Exact IEEE-754 values, not the rounded ones some clients report.
    QTest::newRow("4917.636") << u"fl_4599AD17"_s << 0x4599AD17u << 4917.63623046875;
    QTest::newRow("70") << u"fl_428C0000"_s << 0x428C0000u << 70.0;
    QTest::newRow("lowercase hex") << u"fl_4599ad17"_s << 0x4599AD17u << 4917.63623046875;
    QTest::newRow("mixed case hex") << u"fl_4599aD17"_s << 0x4599AD17u << 4917.63623046875;
    QTest::newRow("negative") << u"fl_C585A866"_s << 0xC585A866u << -4277.0498046875;
    QTest::newRow("254.478") << u"fl_437E7A5F"_s << 0x437E7A5Fu << 254.47801208496094;
    QTest::newRow("zero") << u"fl_00000000"_s << 0u << 0.0;
    QTest::newRow("subnormal") << u"fl_00000001"_s << 1u
                               << static_cast<double>(std::numeric_limits<float>::denorm_min());
    QTest::newRow("max") << u"fl_7F7FFFFF"_s << 0x7F7FFFFFu
                         << static_cast<double>(std::numeric_limits<float>::max());
}

void TestSenecValueCodec::floats()
{
    QFETCH(QString, raw);
    QFETCH(quint32, bits);
    QFETCH(double, expected);
    const SenecValue v = Codec::decode(raw);
    QCOMPARE(v.status(), ValueStatus::Ok);
    QCOMPARE(v.type(), WireType::Float32);
    QCOMPARE(v.raw(), raw);
    QVERIFY(v.toFloat().has_value());
    QCOMPARE(std::bit_cast<quint32>(*v.toFloat()), bits);
    QVERIFY(*v.toDouble() == expected); // exact, not QCOMPARE's fuzzy double comparison
    QVERIFY(!v.toInt64().has_value()); // a float is never silently an integer
}

void TestSenecValueCodec::floatSpecials()
{
    const SenecValue negZero = Codec::decode(u"fl_80000000");
    QCOMPARE(negZero.status(), ValueStatus::Ok);
    QVERIFY(std::signbit(*negZero.toFloat()));
    QCOMPARE(*negZero.toDouble(), 0.0);

    const SenecValue nan = Codec::decode(u"fl_7FC00000");
    QCOMPARE(nan.status(), ValueStatus::NonFinite);
    QVERIFY(std::isnan(*nan.toFloat()));
    QVERIFY(!nan.isOk());

    const SenecValue negNan = Codec::decode(u"fl_FFC00001");
    QCOMPARE(negNan.status(), ValueStatus::NonFinite);
    QCOMPARE(std::bit_cast<quint32>(*negNan.toFloat()), 0xFFC00001u); // payload bits kept

    const SenecValue inf = Codec::decode(u"fl_7F800000");
    QCOMPARE(inf.status(), ValueStatus::NonFinite);
    QVERIFY(std::isinf(*inf.toFloat()) && *inf.toFloat() > 0);

    const SenecValue negInf = Codec::decode(u"fl_ff800000");
    QCOMPARE(negInf.status(), ValueStatus::NonFinite);
    QVERIFY(std::isinf(*negInf.toFloat()) && *negInf.toFloat() < 0);
}

void TestSenecValueCodec::unsignedWidths_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("type");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("u8 0") << u"u8_00"_s << int(WireType::UInt8) << quint64(0);
    QTest::newRow("u8 13") << u"u8_0D"_s << int(WireType::UInt8) << quint64(13);
    QTest::newRow("u8 all ones") << u"u8_FF"_s << int(WireType::UInt8) << quint64(255);
    QTest::newRow("u8 lower") << u"u8_ff"_s << int(WireType::UInt8) << quint64(255);
    QTest::newRow("u1 1000") << u"u1_03E8"_s << int(WireType::UInt16) << quint64(1000);
    QTest::newRow("u1 all ones") << u"u1_FFFF"_s << int(WireType::UInt16) << quint64(65535);
    QTest::newRow("u1 leading zero") << u"u1_0905"_s << int(WireType::UInt16) << quint64(2309);
    QTest::newRow("u3 100") << u"u3_00000064"_s << int(WireType::UInt32) << quint64(100);
    QTest::newRow("u3 all ones") << u"u3_FFFFFFFF"_s << int(WireType::UInt32) << quint64(4294967295u);
    QTest::newRow("u6 1") << u"u6_0000000000000001"_s << int(WireType::UInt64) << quint64(1);
    QTest::newRow("u6 all ones") << u"u6_FFFFFFFFFFFFFFFF"_s << int(WireType::UInt64)
                                 << std::numeric_limits<quint64>::max();
}

void TestSenecValueCodec::unsignedWidths()
{
    QFETCH(QString, raw);
    QFETCH(int, type);
    QFETCH(quint64, expected);
    const SenecValue v = Codec::decode(raw);
    QCOMPARE(v.status(), ValueStatus::Ok);
    QCOMPARE(int(v.type()), type);
    QCOMPARE(*v.toUInt64(), expected);
    QVERIFY(!v.toFloat().has_value());
}

void TestSenecValueCodec::signedWidths_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("i8 -1") << u"i8_FF"_s << int(WireType::Int8) << qint64(-1);
    QTest::newRow("i8 -128") << u"i8_80"_s << int(WireType::Int8) << qint64(-128);
    QTest::newRow("i8 127") << u"i8_7F"_s << int(WireType::Int8) << qint64(127);
    QTest::newRow("i1 -100") << u"i1_FF9C"_s << int(WireType::Int16) << qint64(-100);
    QTest::newRow("i1 -24 (not 65512)") << u"i1_FFE8"_s << int(WireType::Int16) << qint64(-24);
    QTest::newRow("i1 100") << u"i1_0064"_s << int(WireType::Int16) << qint64(100);
    QTest::newRow("i1 min") << u"i1_8000"_s << int(WireType::Int16) << qint64(-32768);
    QTest::newRow("i3 -100") << u"i3_FFFFFF9C"_s << int(WireType::Int32) << qint64(-100);
    QTest::newRow("i3 120") << u"i3_00000078"_s << int(WireType::Int32) << qint64(120);
    QTest::newRow("i3 min") << u"i3_80000000"_s << int(WireType::Int32)
                            << qint64(std::numeric_limits<qint32>::min());
    QTest::newRow("i6 -1") << u"i6_FFFFFFFFFFFFFFFF"_s << int(WireType::Int64) << qint64(-1);
    QTest::newRow("i6 min") << u"i6_8000000000000000"_s << int(WireType::Int64)
                            << std::numeric_limits<qint64>::min();
    QTest::newRow("i6 max") << u"i6_7fffffffffffffff"_s << int(WireType::Int64)
                            << std::numeric_limits<qint64>::max();
}

void TestSenecValueCodec::signedWidths()
{
    QFETCH(QString, raw);
    QFETCH(int, type);
    QFETCH(qint64, expected);
    const SenecValue v = Codec::decode(raw);
    QCOMPARE(v.status(), ValueStatus::Ok);
    QCOMPARE(int(v.type()), type);
    QCOMPARE(*v.toInt64(), expected);
}

void TestSenecValueCodec::sixtyFourBitStaysExact()
{
    // 2^53 + 1 cannot be held by a double: the integer accessors must still give it exactly.
    const SenecValue u = Codec::decode(u"u6_0020000000000001");
    QCOMPARE(*u.toUInt64(), (quint64(1) << 53) + 1);
    QCOMPARE(*u.toInt64(), (qint64(1) << 53) + 1);
    const SenecValue big = Codec::decode(u"u6_FFFFFFFFFFFFFFFE");
    QCOMPARE(*big.toUInt64(), std::numeric_limits<quint64>::max() - 1);
    QVERIFY(!big.toInt64().has_value()); // does not fit: refused, not wrapped
    const SenecValue neg = Codec::decode(u"i6_FFFFFFFFFFFFFFFE");
    QCOMPARE(*neg.toInt64(), qint64(-2));
    QVERIFY(!neg.toUInt64().has_value());
}

void TestSenecValueCodec::text_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("st plain") << u"st_Test"_s << int(WireType::Text) << u"Test"_s;
    QTest::newRow("st empty") << u"st_"_s << int(WireType::Text) << QString();
    QTest::newRow("st underscores") << u"st_END_OF_ARRAY"_s << int(WireType::Text)
                                    << u"END_OF_ARRAY"_s;
    QTest::newRow("st leading zeros") << u"st_0825"_s << int(WireType::Text) << u"0825"_s;
    QTest::newRow("st 28 digits") << u"st_33424081110462489540422709"_s << int(WireType::Text)
                                  << u"33424081110462489540422709"_s;
    QTest::newRow("st spaces and colon") << u"st_HMI: 3.16.20 PU: 4.3.10"_s << int(WireType::Text)
                                         << u"HMI: 3.16.20 PU: 4.3.10"_s;
    QTest::newRow("st umlaut") << u"st_Wärmepumpe"_s << int(WireType::Text) << u"Wärmepumpe"_s;
    QTest::newRow("ch") << u"ch_A"_s << int(WireType::Char) << u"A"_s;
    QTest::newRow("ch empty") << u"ch_"_s << int(WireType::Char) << QString();
}

void TestSenecValueCodec::text()
{
    QFETCH(QString, raw);
    QFETCH(int, type);
    QFETCH(QString, expected);
    const SenecValue v = Codec::decode(raw);
    QCOMPARE(v.status(), ValueStatus::Ok);
    QCOMPARE(int(v.type()), type);
    QVERIFY(v.isText());
    QCOMPARE(v.text(), expected);
    QVERIFY(!v.toDouble().has_value()); // "0825" stays text, never the number 825
}

void TestSenecValueCodec::sentinels_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("not found") << u"VARIABLE_NOT_FOUND"_s << int(ValueStatus::NotFound);
    QTest::newRow("forbidden") << u"FORBIDDEN"_s << int(ValueStatus::Forbidden);
    QTest::newRow("forbidden suffix") << u"FORBIDDEN_USER_LEVEL"_s << int(ValueStatus::Forbidden);
    QTest::newRow("not found suffix") << u"VARIABLE_NOT_FOUND junk"_s << int(ValueStatus::NotFound);
    QTest::newRow("malformed value") << u"MALFORMED_VALUE"_s << int(ValueStatus::Malformed);
    QTest::newRow("file not readable") << u"FILE_VARIABLE_NOT_READABLE"_s
                                       << int(ValueStatus::Malformed);
}

void TestSenecValueCodec::sentinels()
{
    QFETCH(QString, raw);
    QFETCH(int, status);
    const SenecValue v = Codec::decode(raw);
    QCOMPARE(int(v.status()), status);
    QCOMPARE(v.raw(), raw);
    QVERIFY(!v.toDouble().has_value());
    QVERIFY(!v.isNumber());
    QCOMPARE(Codec::encode(v), raw); // re-sent exactly as received
}

void TestSenecValueCodec::malformed_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("empty") << QString();
    QTest::newRow("fl too short") << u"fl_4599AD1"_s;
    QTest::newRow("fl too long") << u"fl_4599AD170"_s;
    QTest::newRow("fl no digits") << u"fl_"_s;
    QTest::newRow("fl not hex") << u"fl_4599AG17"_s;
    QTest::newRow("fl 0x") << u"fl_0x4599AD"_s;
    QTest::newRow("fl space") << u"fl_ 599AD17"_s;
    QTest::newRow("fl sign") << u"fl_-599AD17"_s;
    QTest::newRow("u8 one digit") << u"u8_F"_s;
    QTest::newRow("u8 three digits") << u"u8_0FF"_s;
    QTest::newRow("u1 wrong width") << u"u1_FF"_s;
    QTest::newRow("u3 wrong width") << u"u3_0064"_s;
    QTest::newRow("u6 wrong width") << u"u6_FFFFFFFF"_s;
    QTest::newRow("i1 wrong width") << u"i1_FFFF9C"_s;
    QTest::newRow("i3 not hex") << u"i3_FFFFFFZZ"_s;
    QTest::newRow("i6 too long") << u"i6_0FFFFFFFFFFFFFFFF"_s;
    QTest::newRow("plain number") << u"123"_s;
    QTest::newRow("plain word") << u"hello"_s;
    QTest::newRow("no underscore") << u"fl4599AD17"_s;
}

void TestSenecValueCodec::malformed()
{
    QFETCH(QString, raw);
    const SenecValue v = Codec::decode(raw);
    QCOMPARE(v.status(), ValueStatus::Malformed);
    QCOMPARE(v.raw(), raw);
    QVERIFY(!v.toDouble().has_value());
    QVERIFY(!v.isOk());
}

void TestSenecValueCodec::unknownPrefixKeepsRaw()
{
    for (const QString &raw : {u"xx_123"_s, u"u2_0000"_s, u"FL_4599AD17"_s, u"b8_01"_s}) {
        const SenecValue v = Codec::decode(raw);
        QCOMPARE(v.status(), ValueStatus::UnknownType);
        QCOMPARE(v.raw(), raw);
        QVERIFY(!v.toDouble().has_value());
        QCOMPARE(Codec::encode(v), raw);
    }
}

void TestSenecValueCodec::deviceError()
{
    const SenecValue v = Codec::decode(u"er_00000001");
    QCOMPARE(v.status(), ValueStatus::DeviceError);
    QCOMPARE(v.type(), WireType::Error);
    QCOMPARE(v.raw(), u"er_00000001"_s);
    QVERIFY(!v.toDouble().has_value());
    QCOMPARE(Codec::decode(u"er_").status(), ValueStatus::DeviceError);
}

void TestSenecValueCodec::encodeKnownValues()
{
    QCOMPARE(Codec::encodeFloat(70.0f), u"fl_428C0000"_s);
    QCOMPARE(Codec::encodeFloat(-0.0f), u"fl_80000000"_s);
    QCOMPARE(Codec::encodeFloat(std::numeric_limits<float>::infinity()), u"fl_7F800000"_s);
    QCOMPARE(Codec::encodeUnsigned(WireType::UInt8, 13), u"u8_0D"_s);
    QCOMPARE(Codec::encodeUnsigned(WireType::UInt16, 65535), u"u1_FFFF"_s);
    QCOMPARE(Codec::encodeUnsigned(WireType::UInt32, 100), u"u3_00000064"_s);
    QCOMPARE(Codec::encodeUnsigned(WireType::UInt64, std::numeric_limits<quint64>::max()),
             u"u6_FFFFFFFFFFFFFFFF"_s);
    QCOMPARE(Codec::encodeSigned(WireType::Int8, -1), u"i8_FF"_s);
    QCOMPARE(Codec::encodeSigned(WireType::Int16, -100), u"i1_FF9C"_s);
    QCOMPARE(Codec::encodeSigned(WireType::Int32, 120), u"i3_00000078"_s);
    QCOMPARE(Codec::encodeSigned(WireType::Int64, std::numeric_limits<qint64>::min()),
             u"i6_8000000000000000"_s);
    QCOMPARE(Codec::encodeText(u"0826"), u"st_0826"_s);
    QCOMPARE(Codec::encodeText(u""), u"st_"_s);
    QCOMPARE(Codec::encodeText(u"x", WireType::Char), u"ch_x"_s);
}

void TestSenecValueCodec::roundTripIntegers_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    QTest::newRow("i8") << int(WireType::Int8) << qint64(-128) << qint64(127);
    QTest::newRow("i1") << int(WireType::Int16) << qint64(-32768) << qint64(32767);
    QTest::newRow("i3") << int(WireType::Int32) << qint64(std::numeric_limits<qint32>::min())
                        << qint64(std::numeric_limits<qint32>::max());
    QTest::newRow("i6") << int(WireType::Int64) << std::numeric_limits<qint64>::min()
                        << std::numeric_limits<qint64>::max();
}

void TestSenecValueCodec::roundTripIntegers()
{
    QFETCH(int, type);
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    const auto wire = static_cast<WireType>(type);
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<qint64> dist(low, high);
    QList<qint64> samples{low, high, 0, -1, 1};
    for (int i = 0; i < 2000; ++i)
        samples.append(dist(rng));
    const auto unsignedType = static_cast<WireType>(type - 4); // Int8 -> UInt8 …
    for (const qint64 x : samples) {
        const SenecValue s = Codec::decode(Codec::encodeSigned(wire, x));
        QCOMPARE(*s.toInt64(), x);
        QCOMPARE(Codec::encode(s), Codec::encodeSigned(wire, x));
        const quint64 ux = static_cast<quint64>(x - low); // shift into the unsigned range
        const SenecValue u = Codec::decode(Codec::encodeUnsigned(unsignedType, ux));
        QCOMPARE(*u.toUInt64(), ux);
    }
}

void TestSenecValueCodec::roundTripRandomFloats()
{
    // Every bit pattern class: random bits cover normals, subnormals, NaNs, infinities, ±0.
    std::mt19937 rng(7);
    for (int i = 0; i < 20000; ++i) {
        const quint32 bits = rng();
        const float x = std::bit_cast<float>(bits);
        const QString encoded = Codec::encodeFloat(x);
        const SenecValue v = Codec::decode(encoded);
        QCOMPARE(std::bit_cast<quint32>(*v.toFloat()), bits);
        QCOMPARE(v.status(), std::isfinite(x) ? ValueStatus::Ok : ValueStatus::NonFinite);
        QCOMPARE(Codec::encode(v), encoded);
        QCOMPARE(Codec::decode(Codec::encode(v)), v);
    }
}

void TestSenecValueCodec::roundTripKeepsStatus()
{
    const QStringList raws{u"VARIABLE_NOT_FOUND"_s, u"FORBIDDEN_X"_s, u"er_01"_s, u"zz_1"_s,
                           u"fl_7FC00000"_s, u"st_"_s, u"st_a_b_c"_s, u"u1_ffff"_s};
    for (const QString &raw : raws) {
        const SenecValue v = Codec::decode(raw);
        // Re-encoding normalises hex case only: value, type and status survive unchanged.
        const SenecValue again = Codec::decode(Codec::encode(v));
        QCOMPARE(Codec::encode(again), Codec::encode(v));
        QCOMPARE(again.type(), v.type());
        QCOMPARE(again.payload().index(), v.payload().index());
        QCOMPARE(Codec::decode(Codec::encode(v)).status(), v.status());
    }
}

void TestSenecValueCodec::accessorsRefuseNonNumbers()
{
    const SenecValue text = Codec::decode(u"st_42");
    QVERIFY(!text.toDouble() && !text.toInt64() && !text.toUInt64() && !text.toFloat());
    const SenecValue u = Codec::decode(u"u8_2A");
    QVERIFY(!u.toFloat());
    QCOMPARE(*u.toDouble(), 42.0);
    QVERIFY(u.text().isEmpty());
}

QTEST_GUILESS_MAIN(TestSenecValueCodec)
#include "tst_senecvaluecodec.moc"
