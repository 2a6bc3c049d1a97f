window._sp_=window._sp_||{};window._sp_.config={accountId:1234,baseEndpoint:'https://consent.sueddeutsche.de'};
