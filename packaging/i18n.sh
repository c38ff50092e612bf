#!/usr/bin/env bash
# Refresh the English translation source from the code (zh_CN is the source language),
# then compile it. Translate new entries in resources/translations/approval_app_en.ts
# (Qt Linguist: pyside6-linguist) before committing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="$(dirname "$(command -v python)")"
files=$(find approval_app/ui -name '*.py' | sort)
"$bin/pyside6-lupdate" $files -source-language zh_CN -target-language en -ts resources/translations/approval_app_en.ts
"$bin/pyside6-lrelease" resources/translations/approval_app_en.ts -qm resources/translations/approval_app_en.qm
