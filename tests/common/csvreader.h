#pragma once

// A strict RFC 4180 reader for the tests' read-back of exported CSV: quoted fields with doubled
// quotes, commas and line breaks inside quotes, CRLF row ends. Independent of the writer.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kwtest {

inline QList<QStringList> parseCsv(const QByteArray &utf8, bool *ok = nullptr)
{
    const QString text = QString::fromUtf8(utf8);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    bool afterQuote = false; // a closing quote must end the field
    bool good = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (afterQuote && c != u',' && c != u'\r' && c != u'\n')
            good = false;
        afterQuote = false;
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                good = false; // a bare CR outside quotes
        } else if (c == u'\n') {
            if (i == 0 || text.at(i - 1) != u'\r')
                good = false; // rows end with CRLF
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        good = false; // unterminated quote or last row without CRLF
    if (ok)
        *ok = good;
    return rows;
}

} // namespace kwtest
