"""Signing in with a username and password: Django's own backend, with the officer's agency read alongside."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class AgencyMemberBackend(ModelBackend):
    """Django's ModelBackend, whose user of each request comes with their agency membership and agency in the
    same query: the officer bar on every page and each agency page need them."""

    def get_user(self, user_id):
        user = get_user_model()._default_manager.select_related("agency_member__agency").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
