// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// Home's card with the household's next steps, soonest first.
// Loaded by URL only when there is a household; its texts keep Home's translation context.
Pane {
    padding: 0
    visible: Checklist.hasHousehold
    Material.elevation: 1

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0
        Label {
            Layout.fillWidth: true
            padding: 12
            bottomPadding: 0
            text: nextSteps.count > 0 ? qsTranslate("HomePage", "Your next steps") : qsTranslate("HomePage", "All steps done – well done!")
            font.pixelSize: 18
            font.weight: Font.Medium
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: ChecklistModel {
                id: nextSteps
                controller: Checklist
                onlyOpen: true
                limit: 3
            }
            delegate: StepDelegate {
                Layout.fillWidth: true
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTranslate("HomePage", "Whole checklist")
            flat: true
            onClicked: App.openPage("checklist")
            Accessible.name: text
        }
    }
}
