window.ebra=window.ebra||{site:'er'};
