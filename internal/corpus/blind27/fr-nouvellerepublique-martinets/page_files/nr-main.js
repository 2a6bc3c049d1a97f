window.nr=window.nr||{};nr.article={paywall:true};
