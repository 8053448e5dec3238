// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "storecommand.h"
#include "core/service/service.h"

#include <exception>
#include <QCoreApplication>

namespace jobprep::ui {

StoreCommand::StoreCommand(Service &service, ErrorSink sink, const QString &text, Apply apply)
    : m_service(service), m_sink(std::move(sink)), m_apply(std::move(apply))
{
    setText(text);
}

void StoreCommand::redo()
{
    if (!m_apply) {
        guarded(QCoreApplication::translate("jobprep::ui", "Redo %1").arg(text()),
                [this] { m_service.reapply(m_change); });
        return;
    }
    const Apply apply = std::exchange(m_apply, nullptr);
    guarded(text(), [&] {
        apply(m_service, &m_change);
        if (m_change.isEmpty())
            setObsolete(true); // nothing changed: no step to undo
    });
}

void StoreCommand::undo()
{
    guarded(QCoreApplication::translate("jobprep::ui", "Undo %1").arg(text()),
            [this] { m_service.revert(m_change); });
}

void StoreCommand::absorb(const StoreCommand &later)
{
    m_change = m_change.followedBy(later.m_change);
    if (m_change.isEmpty())
        setObsolete(true); // back where the first one started
}

void StoreCommand::guarded(const QString &what, const std::function<void()> &fn)
{
    QString message;
    try {
        fn();
        return;
    } catch (const DbError &e) {
        message = e.message();
    } catch (const std::exception &e) {
        message = QString::fromLocal8Bit(e.what());
    } catch (...) {
        message = QCoreApplication::translate("jobprep::ui", "an unexpected error");
    }
    m_failed = true;
    setObsolete(true);
    if (m_sink)
        m_sink(what, message);
}

} // namespace jobprep::ui
