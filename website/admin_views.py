"""Admin screens that need more than Wagtail gives: a password reset that cannot flood mailboxes."""

from django.utils.translation import gettext as _
from wagtail.admin.views.account import PasswordResetView

from website.throttle import too_many_emails


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, counted per client address and per email like the agencies' reset."""

    def form_valid(self, form):
        if too_many_emails("admin-password-reset", self.request, form.cleaned_data["email"]):
            form.add_error(
                None, _("Too many password reset requests from here or for this email. Try again in an hour.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)
