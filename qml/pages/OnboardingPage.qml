// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// First-run questions: only what the checklist rules need. Skippable; editable later.
Page {
    id: page

    // Age groups map to a representative age: the rules only need the group (adult, school, Kindergarten, baby).
    readonly property var groupAges: [30, 16, 10, 5, 2, 0]
    readonly property var permits: ["", "B", "C", "L", "F", "N", "S", "G"]
    // Recognised refugees hold B or F; the question only makes sense with those (or before the permit is known).
    readonly property string chosenPermit: page.permits[permit.currentIndex]
    readonly property bool askRefugee: chosenPermit === "" || chosenPermit === "B" || chosenPermit === "F"
    readonly property var existing: Checklist.household
    property string error

    function groupOf(age: int): int {
        return age >= 18 ? 0 : age >= 16 ? 1 : age >= 6 ? 2 : age >= 4 ? 3 : age >= 1 ? 4 : 5;
    }

    function save() {
        const arrival = new Date(Date.UTC(year.value, month.currentIndex, day.value));
        const iso = arrival.toISOString().substring(0, 10);
        const people = [];
        for (let i = 0; i < people_.count; ++i) {
            const p = people_.get(i);
            people.push({ "id": "p" + (i + 1), "name": p.name, "age": page.groupAges[p.group],
                          "employed": p.employed, "foreign_licence": p.licence, "joining": p.joining });
        }
        const profile = { "arrival": iso, "from": fromCanton.checked ? "canton" : "abroad", "eu_efta": euEfta.checked,
                          "permit": page.permits[permit.currentIndex], "members": people,
                          "refugee": page.askRefugee && refugee.checked, "family_abroad": familyAbroad.checked };
        if (fromCanton.checked) {
            const since = new Date(arrival);
            since.setUTCMonth(since.getUTCMonth() - monthsInCh.value);
            profile["in_switzerland_since"] = since.toISOString().substring(0, 10);
        }
        page.error = Checklist.saveHousehold(profile);
        if (page.error.length === 0) {
            App.setOnboardingDone();
            App.openPage("checklist");
        }
    }

    ListModel {
        id: people_
    }

    Component.onCompleted: {
        const h = page.existing;
        const members = h && h.members ? h.members : [{ "name": "", "age": 30 }];
        for (const m of members)
            people_.append({ "name": m.name ?? "", "group": page.groupOf(m.age ?? 30), "employed": m.employed ?? false,
                             "licence": m.foreign_licence ?? false, "joining": m.joining ?? false });
        const arrival = h && h.arrival ? new Date(h.arrival + "T00:00:00Z") : new Date();
        day.value = arrival.getUTCDate();
        month.currentIndex = arrival.getUTCMonth();
        year.value = arrival.getUTCFullYear();
        fromCanton.checked = h ? h.from === "canton" : false;
        euEfta.checked = h ? h.eu_efta === true : false;
        permit.currentIndex = Math.max(0, page.permits.indexOf(h && h.permit ? h.permit : ""));
        refugee.checked = h ? h.refugee === true : false;
        familyAbroad.checked = h ? h.family_abroad === true : false;
    }

    header: PageHeader {
        title: qsTr("About you")
        canGoBack: page.StackView.view && page.StackView.view.depth > 1
        onBackClicked: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - Theme.maxContentWidth) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("A few questions, so your checklist shows the right steps and deadlines. Your answers stay on this phone.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
            }

            Label {
                Layout.topMargin: Theme.margin
                text: qsTr("When did you arrive in Bern?")
                font.weight: Font.Medium
            }
            ComboBox {
                id: month
                Layout.fillWidth: true
                model: [...Array(12).keys()].map(i => Qt.locale(App.language).standaloneMonthName(i))
                Accessible.name: qsTr("Month of arrival")
            }
            RowLayout {
                Layout.fillWidth: true
                SpinBox {
                    id: day
                    Layout.fillWidth: true
                    from: 1
                    to: 31
                    editable: true
                    Accessible.name: qsTr("Day of arrival")
                }
                SpinBox {
                    id: year
                    Layout.fillWidth: true
                    from: 2000
                    to: 2100
                    editable: true
                    textFromValue: (value, locale) => String(value)
                    Accessible.name: qsTr("Year of arrival")
                }
            }

            Label {
                Layout.topMargin: Theme.margin
                text: qsTr("Where did you come from?")
                font.weight: Font.Medium
            }
            RadioButton {
                id: fromAbroad
                text: qsTr("From abroad")
                checked: !fromCanton.checked
                Accessible.name: text
            }
            RadioButton {
                id: fromCanton
                text: qsTr("From another Swiss canton")
                Accessible.name: text
            }
            RowLayout {
                visible: fromCanton.checked
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Months in Switzerland before moving to Bern")
                    wrapMode: Text.Wrap
                }
                SpinBox {
                    id: monthsInCh
                    from: 0
                    to: 600
                    editable: true
                    Accessible.name: qsTr("Months in Switzerland before moving to Bern")
                }
            }

            // The question wraps beside the switch: a Switch's own text is cut off on one line.
            RowLayout {
                Layout.topMargin: Theme.margin
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: euEfta.Accessible.name
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    TapHandler {
                        onTapped: euEfta.toggle()
                    }
                }
                Switch {
                    id: euEfta
                    Accessible.name: qsTr("I am a citizen of an EU or EFTA country")
                }
            }

            Label {
                Layout.topMargin: Theme.margin
                text: qsTr("Which permit do you have or expect?")
                font.weight: Font.Medium
            }
            ComboBox {
                id: permit
                objectName: "permit"
                Layout.fillWidth: true
                model: [qsTr("I don't know yet"), qsTr("B – residence"), qsTr("C – settlement"), qsTr("L – short stay"),
                        qsTr("F – provisionally admitted"), qsTr("N – asylum seeker"), qsTr("S – protection status"),
                        qsTr("G – cross-border commuter")]
                Accessible.name: qsTr("Permit")
            }
            // Recognised refugees and everyone in the asylum system follow their own path: no first conversation,
            // insurance and help through the asylum social service.
            RowLayout {
                visible: page.askRefugee
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: refugee.Accessible.name
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    TapHandler {
                        onTapped: refugee.toggle()
                    }
                }
                Switch {
                    id: refugee
                    objectName: "refugee"
                    Accessible.name: qsTr("I have been granted asylum (recognised refugee)")
                }
            }

            RowLayout {
                Layout.topMargin: Theme.margin
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: familyAbroad.Accessible.name
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    TapHandler {
                        onTapped: familyAbroad.toggle()
                    }
                }
                Switch {
                    id: familyAbroad
                    objectName: "familyAbroad"
                    Accessible.name: qsTr("My husband, wife or children live abroad and may join us later")
                }
            }

            Label {
                Layout.topMargin: Theme.margin
                text: qsTr("Who lives in your household?")
                font.weight: Font.Medium
            }
            ListView {
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                spacing: Theme.spacing
                model: people_
                delegate: Pane {
                    id: person
                    required property int index
                    required property string name
                    required property int group
                    required property bool employed
                    required property bool licence
                    required property bool joining
                    width: ListView.view.width
                    Material.elevation: 1
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        TextField {
                            Layout.fillWidth: true
                            text: person.name
                            placeholderText: qsTr("Name (optional)")
                            onTextEdited: person.ListView.view.model.setProperty(person.index, "name", text)
                            Accessible.name: qsTr("Name of person %1").arg(person.index + 1)
                        }
                        ComboBox {
                            Layout.fillWidth: true
                            model: [qsTr("Adult (18 or older)"), qsTr("Young person (16–17)"), qsTr("School child (6–15)"),
                                    qsTr("Kindergarten child (4–5)"), qsTr("Small child (1–3)"), qsTr("Baby (under 1)")]
                            currentIndex: person.group
                            onActivated: index => person.ListView.view.model.setProperty(person.index, "group", index)
                            Accessible.name: qsTr("Age of person %1").arg(person.index + 1)
                        }
                        CheckBox {
                            visible: person.group <= 1
                            text: qsTr("Works or starts work")
                            checked: person.employed
                            onToggled: person.ListView.view.model.setProperty(person.index, "employed", checked)
                            Accessible.name: text
                        }
                        CheckBox {
                            visible: person.group === 0
                            text: qsTr("Has a driving licence from abroad")
                            checked: person.licence
                            onToggled: person.ListView.view.model.setProperty(person.index, "licence", checked)
                            Accessible.name: text
                        }
                        CheckBox {
                            text: qsTr("Comes later to join the family")
                            checked: person.joining
                            onToggled: person.ListView.view.model.setProperty(person.index, "joining", checked)
                            Accessible.name: text
                        }
                        Button {
                            visible: person.index > 0
                            text: qsTr("Remove this person")
                            flat: true
                            onClicked: person.ListView.view.model.remove(person.index)
                            Accessible.name: qsTr("Remove person %1").arg(person.index + 1)
                        }
                    }
                }
            }
            Button {
                text: qsTr("Add a person")
                flat: true
                onClicked: people_.append({ "name": "", "group": 2, "employed": false, "licence": false, "joining": false })
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: page.error.length > 0
                text: page.error
                color: Theme.emergency
                wrapMode: Text.Wrap
            }
            // Stacked, the main action first: side by side, long translations ("Meine Checkliste anzeigen")
            // would make the page wider than a phone.
            Button {
                objectName: "saveHousehold"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Show my checklist")
                highlighted: true
                onClicked: page.save()
                Accessible.name: text
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Skip for now")
                flat: true
                onClicked: {
                    App.setOnboardingDone();
                    App.openPage("home");
                }
                Accessible.name: text
            }
        }
    }
}
