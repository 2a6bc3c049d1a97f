window.vocento=window.vocento||{};vocento.page={type:'article',section:'santander'};
