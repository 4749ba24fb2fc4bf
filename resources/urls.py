"""The agencies' pages, under /en/agency/ and /fr/agency/."""

from django.urls import path

from resources import views

app_name = "resources"

urlpatterns = [
    path("request/", views.request_account, name="request_account"),
    path("request/confirm/<str:token>/", views.confirm_request, name="confirm_request"),
    path("sign-in/", views.SignInView.as_view(), name="sign_in"),
    path("sign-out/", views.SignOutView.as_view(), name="sign_out"),
    path("password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", views.PasswordResetSentView.as_view(), name="password_reset_sent"),
    path("reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("reset/done/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("basket/", views.basket, name="basket"),
    path("basket/add/", views.add_to_basket, name="add_to_basket"),
    path("restock-notice/", views.notify_when_restocked, name="notify_when_restocked"),
    path("checkout/", views.checkout, name="checkout"),
    path("checkout/submit/", views.submit_order, name="submit_order"),
    path("orders/", views.orders, name="orders"),
    path("orders/<str:number>/", views.order, name="order"),
    path("orders/<str:number>/reorder/", views.reorder, name="reorder"),
]
