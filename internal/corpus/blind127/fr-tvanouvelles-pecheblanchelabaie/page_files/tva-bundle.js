window.qmi=window.qmi||{};
