"""The agencies' pages: /en/agency/… in English, /fr/services-de-police/… in French (each part of a path is
translated, like the page titles; website/urls.py sends the old English addresses under /fr/ to the French ones)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from resources import views

app_name = "resources"


urlpatterns = [
    path(_("request/"), views.request_account, name="request_account"),
    path(_("request/confirm/<str:token>/"), views.confirm_request, name="confirm_request"),
    path(_("sign-in/"), views.SignInView.as_view(), name="sign_in"),
    path(_("sign-out/"), views.SignOutView.as_view(), name="sign_out"),
    path(_("password-reset/"), views.PasswordResetView.as_view(), name="password_reset"),
    path(_("password-reset/sent/"), views.PasswordResetSentView.as_view(), name="password_reset_sent"),
    path(_("reset/<uidb64>/<token>/"), views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path(_("reset/done/"), views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path(_("basket/"), views.basket, name="basket"),
    path(_("basket/add/"), views.add_to_basket, name="add_to_basket"),
    path(_("restock-notice/"), views.notify_when_restocked, name="notify_when_restocked"),
    path(_("checkout/"), views.checkout, name="checkout"),
    path(_("checkout/submit/"), views.submit_order, name="submit_order"),
    path(_("orders/"), views.orders, name="orders"),
    path(_("orders/<str:number>/"), views.order, name="order"),
    path(_("orders/<str:number>/reorder/"), views.reorder, name="reorder"),
]
