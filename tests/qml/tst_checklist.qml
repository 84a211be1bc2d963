// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Welcome

Item {
    id: root
    width: 390
    height: 844

    Component {
        id: shellComponent
        AppShell {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Checklist"
        when: windowShown

        function test_onboardingToChecklistAndBack() {
            App.language = "en";
            const shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            App.openPage("checklist");
            compare(App.currentPage, "checklist");
            verify(App.open("onboarding"));
            tryCompare(App, "currentPage", "onboarding");
            const save = findChild(shell.currentStack.currentItem, "saveHousehold");
            verify(save);
            save.clicked();
            tryCompare(App, "currentPage", "checklist");
            verify(Checklist.hasHousehold);
            compare(Checklist.members.length, 2); // the household and one adult
            const list = findChild(shell.currentStack.currentItem, "checklistSteps");
            verify(list);
            tryVerify(() => list.count > 0);
            const first = list.itemAtIndex(0);
            verify(first);
            // Tick it: done is recorded and the row shows it.
            Checklist.setState(first.member, first.step, "done");
            tryCompare(list.itemAtIndex(0), "state", "done");
            // Open it, write a note, and show it at the counter.
            verify(App.openLink("step:" + first.member + "/" + first.step));
            tryCompare(App, "currentPage", "step:" + first.member + "/" + first.step);
            const note = findChild(shell.currentStack.currentItem, "stepNote");
            verify(note);
            note.text = "Termin am 5. März";
            note.editingFinished();
            tryCompare(list.itemAtIndex(0), "note", "Termin am 5. März");
            verify(App.openLink("counter:" + first.member + "/" + first.step));
            tryCompare(App, "currentPage", "counter:" + first.member + "/" + first.step);
            verify(shell.currentStack.currentItem.german.title.length > 0);
            // The German part is laid out one text under the other, also when it is the only part (app in German):
            // checked on the frame the page is first shown, as a screenshot or the user sees it.
            for (const lang of ["de", "en"]) {
                App.language = lang;
                shell.currentStack.pop(StackView.Immediate);
                verify(App.openLink("counter:" + first.member + "/" + first.step));
                tryCompare(App, "currentPage", "counter:" + first.member + "/" + first.step);
                const counter = shell.currentStack.currentItem;
                waitForRendering(counter);
                const title = findChild(counter, "counterTitle");
                const text = findChild(counter, "counterText");
                verify(title && text);
                verify(title.height > 0 && text.y >= title.y + title.height, lang);
                verify(title.width <= counter.width, lang);
            }
            App.language = "en";
            // Changing the household replans without losing what was done.
            verify(Checklist.saveHousehold(Object.assign({}, Checklist.household, { "permit": "C" })) === "");
            tryCompare(list.itemAtIndex(0), "state", "done");
        }

        // Onboarding asks whether the household are recognised refugees (only with B, F or no permit yet) and whether
        // family abroad may join; both answers are saved with the profile and shown again when editing it.
        function test_onboardingAsksStatusAndFamily() {
            App.language = "en";
            const shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            verify(App.open("onboarding"));
            tryCompare(App, "currentPage", "onboarding");
            let page = shell.currentStack.currentItem;
            const permit = findChild(page, "permit");
            const refugee = findChild(page, "refugee");
            const family = findChild(page, "familyAbroad");
            verify(permit && refugee && family);
            permit.currentIndex = 1; // B
            verify(refugee.parent.visible);
            refugee.toggle();
            family.toggle();
            findChild(page, "saveHousehold").clicked();
            tryCompare(App, "currentPage", "checklist");
            compare(Checklist.household.permit, "B");
            compare(Checklist.household.refugee, true);
            compare(Checklist.household.family_abroad, true);

            verify(App.open("onboarding"));
            tryCompare(App, "currentPage", "onboarding");
            page = shell.currentStack.currentItem;
            verify(findChild(page, "refugee").checked);
            verify(findChild(page, "familyAbroad").checked);
            // With a C permit the question is not asked and the answer not kept.
            findChild(page, "permit").currentIndex = 2;
            verify(!findChild(page, "refugee").parent.visible);
            findChild(page, "saveHousehold").clicked();
            tryCompare(App, "currentPage", "checklist");
            compare(Checklist.household.permit, "C");
            verify(Checklist.household.refugee !== true);
            compare(Checklist.household.family_abroad, true);
        }
    }
}
