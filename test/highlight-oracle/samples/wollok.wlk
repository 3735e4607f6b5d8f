// A bird that flies and eats
object pepita {
    var energia = 100
    const nombre = "Pepita"

    method volar(kilometros) {
        energia = energia - kilometros * 2
    }

    method comer(gramos) {
        energia += gramos * 4
    }

    method estaCansada() = energia < 50

    method saludo() = 'Hola, soy ' + nombre
}

class Ave {
    var property peso = 0.5
    method esLiviana() = peso <= 1 and not self.estaCansada()
}
