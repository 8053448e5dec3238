// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "settingscommand.h"
#include "core/service/service.h"
#include "core/service/settingsservice.h"

#include <QCoreApplication>

namespace jobprep::ui {

SaveSettingsCommand::SaveSettingsCommand(Service &service, ErrorSink sink, const Settings &settings)
    : StoreCommand(service, std::move(sink), QCoreApplication::translate("jobprep::ui", "Change settings")),
      m_settings(settings)
{
}

void SaveSettingsCommand::apply(Change &change)
{
    m_service.settings().save(m_settings, &change);
}

} // namespace jobprep::ui
