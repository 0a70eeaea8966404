// Cost of the live values model per poll: decoding a full all-sections answer of the simulator
// and updating LiveValuesModel with it, with values that change and with values that do not.
#include "livevaluesmodel.h"

#include "lalaresponder.h"
#include "livevariables.h"
#include "plantmodel.h"
#include "variabletable.h"

#include "senec/senecrequestbuilder.h"
#include "senec/senecresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <array>

using namespace kw::senec;
using namespace Qt::StringLiterals;

namespace {

// The simulator's answers to {"SECTION":{}, …} for every section of the reference, one simulated
// minute apart on a sunny morning: the second has other powers, cells, clock and counters.
const std::array<QByteArray, 2> &allSectionsBodies()
{
    static const std::array<QByteArray, 2> bodies = [] {
        constexpr quint64 seed = 7;
        const auto &table = kw::sim::VariableTable::bundled(u"0826"_s);
        const kw::sim::LiveVariables live(seed, table.presentSectionNames());
        const qint64 startMs = QDateTime(QDate(2024, 6, 21), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        kw::sim::PlantModel plant(seed, startMs);
        const kw::sim::LalaResponder responder(table);
        QJsonObject request;
        for (const QString &section : SenecRequestBuilder::allSectionNames())
            request.insert(section, QJsonObject());
        const QByteArray requestBody = QJsonDocument(request).toJson(QJsonDocument::Compact);
        std::array<QByteArray, 2> result;
        for (size_t i = 0; i < result.size(); ++i) {
            plant.advanceTo(startMs + qint64(i) * 60'000);
            result[i] = responder.respond(requestBody, [&] { return live.values(plant.snapshot()); }).body;
        }
        return result;
    }();
    return bodies;
}

SenecResponse parsed(const QByteArray &body)
{
    return *parseSenecResponse(body).response;
}

// Cells reported changed when the model goes from answer `from` to answer `to`.
int changedCells(const SenecResponse &from, const SenecResponse &to)
{
    kw::models::LiveValuesModel model;
    model.setLocale(QLocale::c());
    model.update(from);
    int cells = 0;
    QObject context;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &context,
                     [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         cells += (bottomRight.row() - topLeft.row() + 1)
                                * (bottomRight.column() - topLeft.column() + 1);
                     });
    model.update(to);
    return cells;
}

void setCounters(benchmark::State &state, const SenecResponse &response)
{
    state.counters["body_bytes"] = double(allSectionsBodies()[0].size());
    state.counters["sections"] = double(response.sections.size());
    state.counters["variables"] = double(response.variableCount());
    state.counters["values"] = double(response.valueCount());
}

// What one poll costs: decode the body, update the model; every other answer has new values.
void BM_DecodeAndUpdate_Changing(benchmark::State &state)
{
    const auto &bodies = allSectionsBodies();
    kw::models::LiveValuesModel model;
    model.setLocale(QLocale::c());
    model.update(parsed(bodies[1]));
    size_t next = 0;
    for (auto _ : state) {
        const SenecParseResult result = parseSenecResponse(bodies[next]);
        model.update(*result.response);
        next ^= 1;
    }
    setCounters(state, parsed(bodies[0]));
    state.counters["changed_cells"] = changedCells(parsed(bodies[0]), parsed(bodies[1]));
}
BENCHMARK(BM_DecodeAndUpdate_Changing)->Unit(benchmark::kMicrosecond);

// The same, with an answer identical to the last one (decoded afresh each time).
void BM_DecodeAndUpdate_Unchanged(benchmark::State &state)
{
    const QByteArray &body = allSectionsBodies()[0];
    kw::models::LiveValuesModel model;
    model.setLocale(QLocale::c());
    model.update(parsed(body));
    for (auto _ : state) {
        const SenecParseResult result = parseSenecResponse(body);
        model.update(*result.response);
    }
    setCounters(state, parsed(body));
}
BENCHMARK(BM_DecodeAndUpdate_Unchanged)->Unit(benchmark::kMicrosecond);

// The model's share alone: update with already decoded answers whose values alternate.
void BM_Update_Changing(benchmark::State &state)
{
    const auto &bodies = allSectionsBodies();
    const std::array<SenecResponse, 2> responses{parsed(bodies[0]), parsed(bodies[1])};
    kw::models::LiveValuesModel model;
    model.setLocale(QLocale::c());
    model.update(responses[1]);
    size_t next = 0;
    for (auto _ : state) {
        model.update(responses[next]);
        next ^= 1;
    }
    setCounters(state, responses[0]);
    state.counters["changed_cells"] = changedCells(responses[0], responses[1]);
}
BENCHMARK(BM_Update_Changing)->Unit(benchmark::kMicrosecond);

// The model's share alone, nothing changed: two separately decoded copies of one answer, so
// every raw text is really compared rather than found shared.
void BM_Update_Unchanged(benchmark::State &state)
{
    const QByteArray &body = allSectionsBodies()[0];
    const std::array<SenecResponse, 2> responses{parsed(body), parsed(body)};
    kw::models::LiveValuesModel model;
    model.setLocale(QLocale::c());
    model.update(responses[1]);
    size_t next = 0;
    for (auto _ : state) {
        model.update(responses[next]);
        next ^= 1;
    }
    setCounters(state, responses[0]);
}
BENCHMARK(BM_Update_Unchanged)->Unit(benchmark::kMicrosecond);

// The first answer: every row built and every value formatted.
void BM_FirstUpdate(benchmark::State &state)
{
    const SenecResponse response = parsed(allSectionsBodies()[0]);
    for (auto _ : state) {
        kw::models::LiveValuesModel model;
        model.setLocale(QLocale::c());
        model.update(response);
        benchmark::DoNotOptimize(model.rowCount());
    }
    setCounters(state, response);
}
BENCHMARK(BM_FirstUpdate)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
