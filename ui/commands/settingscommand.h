// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/settings.h"
#include "storecommand.h"

namespace jobprep::ui {

// Saves the planner settings; undo puts the old ones back (and every task where they placed it).
class SaveSettingsCommand : public StoreCommand
{
public:
    SaveSettingsCommand(Service &service, ErrorSink sink, const Settings &settings);

protected:
    void apply(Change &change) override;

private:
    Settings m_settings;
};

} // namespace jobprep::ui
