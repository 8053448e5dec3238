// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"
#include "phrasetrie.h"
#include "skilldictionary.h"

#include <QHash>

namespace jobprep {

struct TaskTitle
{
    QString title;
    Kind kind = Kind::Study;
};

// Writes the task a person would put on their list for a requirement or preferred line, in the
// posting's language: "AWS 환경에서 웹 서비스를 배포해 본 경험이 있으신 분" becomes "포트폴리오 프로젝트: AWS
// 환경에서 웹 서비스 배포", "Experience building real-time pipelines with Kafka" becomes "Portfolio
// project: building real-time pipelines with Kafka", "Spark 튜닝에 대한 이해" becomes "학습: Spark 튜닝 —
// 학습 노트 정리". The templates and the wording stripped are data (resources/postings/tasktitles.json):
// titles follow the posting's language, which tr() — the interface's language — could not.
class TaskTitleWriter
{
public:
    static constexpr int kMaxTitle = 120;

    static const TaskTitleWriter &builtIn();
    static TaskTitleWriter fromJson(const QByteArray &json, QString *error = nullptr);

    // "ko" when Hangul makes up at least a quarter of the letters of the texts, "en" otherwise.
    static QString languageOf(const QStringList &texts);
    // project when the line asks for project or portfolio experience, coding-test for algorithms and
    // coding tests, certificate for a certificate, study otherwise (the words: "kindWords" of the data).
    Kind kindOf(const QString &lineText) const { return kindOf(FoldedText(lineText)); }
    Kind kindOf(const FoldedText &lineText) const;
    static Kind guessKind(const QString &lineText) { return builtIn().kindOf(lineText); }

    // The title for a line whose first skill is skill (empty when it names none): the line's core under
    // the template of its kind, cut at a word under kMaxTitle, always naming the skill. skillText, the
    // skill as the line spells it, spares matching the title again when the title keeps it.
    TaskTitle write(const QString &lineText, const QString &skill, const QString &language,
                    const SkillDictionary &skills, QStringView skillText = {}) const
    {
        return write(lineText, kindOf(lineText), skill, language, skills, skillText);
    }
    TaskTitle write(const QString &lineText, Kind kind, const QString &skill, const QString &language,
                    const SkillDictionary &skills, QStringView skillText = {}) const;
    // The line without who-is-wanted wording, years of experience and (필수)/(우대) marks, stripped with
    // the wording of language. write() strips with the line's own script: Korean wording for a line with
    // Hangul, English otherwise (an English line of a Korean posting loses "Experience with").
    QString core(const QString &lineText, const QString &language) const;

private:
    struct Language
    {
        QHash<QString, QString> templates, skillOnly; // by kind's spelling
        QStringList stripStart, stripEnd, stripEndAfterNoun, joinVerbs, dropParticle;
        QHash<char16_t, QList<QPair<QString, QString>>> replaceEnd; // by the last letter, longest first
        // By the last letter (case-folded) of a stripEnd phrase: the phrases, longest first, so that
        // each round tries the few that can match.
        QHash<char16_t, QStringList> stripEndByLast;
        QHash<char16_t, QStringList> stripStartByFirst; // likewise by the first letter
    };
    const Language *language(const QString &name) const;

    QHash<QString, Language> m_languages;
    PhraseTrie m_kindWords; // value: flags, 1 coding test, 2 certificate, 4 project
};

} // namespace jobprep
