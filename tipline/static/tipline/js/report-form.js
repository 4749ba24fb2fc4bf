// Report form: show only the follow-up questions that belong to the chosen type. Without this
// script every question shows, each group saying which type it is for, and the form works the same.
(function () {
    "use strict";
    var form = document.querySelector("[data-report-form]");
    if (!form) {
        return;
    }
    var groups = form.querySelectorAll("[data-follow-up]");

    function update() {
        var chosen = form.querySelector("input[name='report_type']:checked");
        var type = chosen ? chosen.value : "";
        groups.forEach(function (group) {
            group.hidden = group.getAttribute("data-follow-up").split(" ").indexOf(type) === -1;
        });
    }

    form.addEventListener("change", function (event) {
        if (event.target.name === "report_type") {
            update();
        }
    });
    update();
})();
