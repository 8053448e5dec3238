// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The posting parser on the text of the development set's postings (labels removed): one posting of
// about 5 KB (the size of a real posting with its company intro, benefits and process), and 1 MiB of
// postings one after another (the most the parser accepts). Parsing includes finding every skill,
// the eligibility and one-of checks and writing each requirement's task title.
#include "core/postings/postingparser.h"

#include <benchmark/benchmark.h>
#include <QDir>
#include <QFile>

using namespace jobprep;

namespace {

// The postings of the development set as pasted text, in file order.
QStringList devSetPostings()
{
    QStringList out;
    for (const char *part : {"tuned", "heldout"}) {
        const QDir dir(QStringLiteral(JOBPREP_FIXTURES "/postings/devset/") + QLatin1String(part));
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QStringList lines;
            for (const QString &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
                if (l.startsWith(QLatin1Char('@')))
                    continue;
                lines << l.mid(l.indexOf(QLatin1Char('|')) + 1);
            }
            out << lines.join(QLatin1Char('\n'));
        }
    }
    return out;
}

// Postings one after another until the text reaches bytes (UTF-8), without going past it.
QString postingsOf(qsizetype bytes)
{
    const QStringList postings = devSetPostings();
    QString text;
    qsizetype size = 0;
    for (qsizetype i = 0; !postings.isEmpty(); ++i) {
        const QString next = postings[i % postings.size()] + QStringLiteral("\n\n");
        const qsizetype nextSize = PostingParser::utf8Size(next);
        if (size + nextSize > bytes)
            break;
        text += next;
        size += nextSize;
    }
    return text;
}

void runParse(benchmark::State &state, const QString &text)
{
    const PostingParser parser;
    qsizetype items = 0;
    for (auto _ : state) {
        const ParseResult r = parser.parse(text);
        items = r.lines.size();
        benchmark::DoNotOptimize(items);
    }
    const qsizetype bytes = PostingParser::utf8Size(text);
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["bytes"] = double(bytes);
    state.counters["items"] = double(items);
}

void BM_ParsePosting5KB(benchmark::State &state)
{
    static const QString text = postingsOf(5 * 1024);
    runParse(state, text);
}
BENCHMARK(BM_ParsePosting5KB)->Unit(benchmark::kMicrosecond);

void BM_ParsePostings1MiB(benchmark::State &state)
{
    static const QString text = postingsOf(PostingParser::kMaxBytes);
    runParse(state, text);
}
BENCHMARK(BM_ParsePostings1MiB)->Unit(benchmark::kMillisecond);

// Linear in the text: the same postings at 1/8, 1/4, 1/2 and all of a MiB.
void BM_ParsePostingsBySize(benchmark::State &state)
{
    const QString text = postingsOf(PostingParser::kMaxBytes / state.range(0));
    runParse(state, text);
    state.SetComplexityN(PostingParser::utf8Size(text));
}
BENCHMARK(BM_ParsePostingsBySize)->Arg(8)->Arg(4)->Arg(2)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace
