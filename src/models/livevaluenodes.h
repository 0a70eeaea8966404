#pragma once

#include "livevalueformatter.h"

#include "senec/seneccatalogue.h"
#include "senec/senecresponse.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

// The rows of LiveValuesModel: internal to kw_models, shared only between the model's files.
namespace kw::models::detail {

// A row of the tree. An index's internal pointer is the node of its own row; `parent` is null
// for sections. Nodes are owned through unique_ptr, so their addresses stay put while rows move.
struct LiveNode
{
    enum class Kind : quint8 { Section, Variable, Element };
    explicit LiveNode(Kind k)
        : kind(k)
    {
    }
    Kind kind;
    int row = 0;
    LiveNode *parent = nullptr;
};

// One received value and what is shown for it, formatted once when the value arrives.
struct LiveValueCell
{
    senec::SenecValue value;
    QString text;
    std::optional<double> number;
    bool set = false;

    // Takes `incoming` if it differs from the value held (compared by raw text, which allocates
    // nothing); true if it did.
    bool assign(const LiveValueFormatter &formatter, const senec::SenecVariableInfo *info,
                const senec::SenecValue &incoming);
    // Formats the held value again (language or locale changed); true if the text changed.
    bool reformat(const LiveValueFormatter &formatter, const senec::SenecVariableInfo *info);
};

struct LiveVariableNode;
struct LiveSectionNode;

struct LiveElementNode : LiveNode
{
    Q_DECLARE_TR_FUNCTIONS(kw::models::LiveValuesModel)
public:
    LiveElementNode()
        : LiveNode(Kind::Element)
    {
    }
    LiveValueCell cell;
    QString name; // "A", a self-test step in words, or "[3]"

    const LiveVariableNode &variable() const;
    QString path() const; // "SECTION.NAME[row]"
    QVariant data(int column, int role) const;
};

struct LiveVariableNode : LiveNode
{
    Q_DECLARE_TR_FUNCTIONS(kw::models::LiveValuesModel)
public:
    LiveVariableNode()
        : LiveNode(Kind::Variable)
    {
    }
    QString name;
    QString path; // "SECTION.NAME"
    const senec::SenecVariableInfo *info = nullptr;
    QString description; // the catalogue's, or the raw type of an unknown variable
    bool isArray = false;
    LiveValueCell cell;                                     // scalars
    std::vector<std::unique_ptr<LiveElementNode>> elements; // arrays
    QString arrayText;                                      // arrays: the elements' texts, joined
    senec::ValueStatus arrayStatus = senec::ValueStatus::Ok; // arrays: the first element's problem

    static std::unique_ptr<LiveVariableNode> make(const LiveValueFormatter &formatter,
                                                  LiveSectionNode *section, const QString &name,
                                                  const senec::SenecVariable &variable);
    std::unique_ptr<LiveElementNode> makeElement(const LiveValueFormatter &formatter, qsizetype row,
                                                 const senec::SenecValue &value);
    void refreshArraySummary();
    QVariant data(int column, int role) const;
};

struct LiveSectionNode : LiveNode
{
    Q_DECLARE_TR_FUNCTIONS(kw::models::LiveValuesModel)
public:
    LiveSectionNode()
        : LiveNode(Kind::Section)
    {
    }
    QString name;
    QString description;
    senec::SectionStatus status = senec::SectionStatus::Ok;
    QString raw;
    std::vector<std::unique_ptr<LiveVariableNode>> variables;

    static std::unique_ptr<LiveSectionNode> make(const LiveValueFormatter &formatter,
                                                 const QString &name,
                                                 const senec::SenecSection &section);
    QVariant data(int column, int role) const;
};

// Rows of one parent whose cells changed, to be reported as few dataChanged ranges as possible.
struct ChangedRows
{
    struct Run
    {
        int first;
        int last;
        int firstColumn;
        int lastColumn;
    };
    QList<Run> runs;

    // Rows arrive in ascending order; neighbours with the same columns share one range.
    void add(int row, int firstColumn, int lastColumn);
};

// A scalar that came without a value (never from the parser; from hand-built responses).
const senec::SenecValue &emptyScalar();

} // namespace kw::models::detail
