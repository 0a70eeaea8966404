// Decoding cost of single values and of a response the size of a full all-sections sweep.
#include "senec/senecresponse.h"
#include "senec/senecvaluecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <random>

using namespace kw::senec;
using namespace Qt::StringLiterals;

namespace {

// A response shaped like a full sweep of a V3: ~40 sections, ~1,000 values, a third of them arrays.
QByteArray fullSweepLikeBody()
{
    std::mt19937 rng(99);
    QJsonObject root;
    for (int s = 0; s < 40; ++s) {
        QJsonObject section;
        for (int v = 0; v < 25; ++v) {
            const QString name = u"VAR_%1"_s.arg(v);
            const auto scalar = [&](int kind) -> QString {
                switch (kind % 4) {
                case 0: return SenecValueCodec::encodeFloat(float(rng() % 100000) / 7.0f);
                case 1: return SenecValueCodec::encodeUnsigned(WireType::UInt32, rng());
                case 2: return SenecValueCodec::encodeSigned(WireType::Int16, qint16(rng()));
                default: return SenecValueCodec::encodeText(u"text_%1"_s.arg(rng() % 1000));
                }
            };
            if (v % 3 == 0) {
                QJsonArray array;
                for (int i = 0; i < 14; ++i)
                    array.append(scalar(v));
                section.insert(name, array);
            } else {
                section.insert(name, scalar(v));
            }
        }
        root.insert(u"SECTION_%1"_s.arg(s), section);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void BM_DecodeFloat(benchmark::State &state)
{
    const QString raw = u"fl_4599AD17"_s;
    for (auto _ : state)
        benchmark::DoNotOptimize(SenecValueCodec::decode(raw));
}
BENCHMARK(BM_DecodeFloat);

void BM_DecodeUInt64(benchmark::State &state)
{
    const QString raw = u"u6_C456FE38C456FE38"_s;
    for (auto _ : state)
        benchmark::DoNotOptimize(SenecValueCodec::decode(raw));
}
BENCHMARK(BM_DecodeUInt64);

void BM_ParseFullSweep(benchmark::State &state)
{
    const QByteArray body = fullSweepLikeBody();
    qsizetype values = 0;
    for (auto _ : state) {
        const SenecParseResult result = parseSenecResponse(body);
        values = result.response->variableCount();
        benchmark::DoNotOptimize(result);
    }
    state.counters["body_bytes"] = double(body.size());
    state.counters["variables"] = double(values);
    state.SetBytesProcessed(qint64(state.iterations()) * body.size());
}
BENCHMARK(BM_ParseFullSweep)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
