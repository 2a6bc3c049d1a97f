window.falter={paywall:true};
