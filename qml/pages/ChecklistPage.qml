// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// The household's checklist: every step per member with its deadline and state.
Page {
    id: page

    header: PageHeader {
        title: qsTr("My checklist")
    }

    ChecklistModel {
        id: steps
        controller: Checklist
        member: memberTabs.currentIndex <= 0 ? "" : Checklist.members[memberTabs.currentIndex - 1].id
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: Checklist.hasHousehold

        TabBar {
            id: memberTabs
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Everyone")
                width: implicitWidth
                Accessible.name: qsTr("Show the steps of everyone")
            }
            Repeater {
                model: Checklist.memberNames
                delegate: TabButton {
                    required property string modelData
                    text: modelData
                    width: implicitWidth
                    Accessible.name: qsTr("Show the steps of %1").arg(modelData)
                }
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            from: 0
            to: Math.max(1, steps.count)
            value: steps.closedCount
            Accessible.name: qsTr("%1 of %2 steps done").arg(steps.closedCount).arg(steps.count)
        }

        ListView {
            id: list
            objectName: "checklistSteps"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: steps
            ScrollBar.vertical: ScrollBar {}
            section.property: "memberName"
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                padding: Theme.margin
                bottomPadding: 4
                text: section
                font.weight: Font.Medium
                color: Theme.primary
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            delegate: StepDelegate {
                width: ListView.view.width
            }
            footer: ColumnLayout {
                width: ListView.view ? ListView.view.width : 0
                Button {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: Theme.margin
                    text: qsTr("Add the deadlines to my calendar")
                    flat: true
                    onClicked: {
                        const path = Checklist.exportCalendar();
                        exported.text = path.length > 0 ? qsTr("Saved. Open the file with your calendar app: %1").arg(path)
                                                        : qsTr("The calendar file could not be written.");
                    }
                    Accessible.name: text
                }
                Label {
                    id: exported
                    Layout.fillWidth: true
                    Layout.margins: Theme.margin
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    horizontalAlignment: Text.AlignLeft
                }
                Button {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: Theme.margin
                    text: qsTr("Change my household")
                    flat: true
                    onClicked: App.open("onboarding")
                    Accessible.name: text
                }
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        visible: !Checklist.hasHousehold
        spacing: Theme.margin
        Label {
            Layout.fillWidth: true
            text: qsTr("Your personal checklist shows what to do, for whom and by when: registration, health insurance, school and more.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.bodyFont
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Answer a few questions. Everything stays on this phone.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.75
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Set up my checklist")
            highlighted: true
            onClicked: App.open("onboarding")
            Accessible.name: text
        }
    }
}
