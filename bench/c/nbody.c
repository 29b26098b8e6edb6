/* nbody.py in C (gcc -O2): the same bodies, order of operations and pow. */
#include <math.h>
#include <stdio.h>

#define PI 3.14159265358979323
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define STEPS 400000
#define N 5

typedef struct { double x, y, z, vx, vy, vz, mass; } body;

static body make(double x, double y, double z, double vx, double vy, double vz, double m)
{
    body b = {x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
              m * SOLAR_MASS};
    return b;
}

static double energy(body *bodies)
{
    double e = 0.0;
    for (int i = 0; i < N; i++) {
        body *b = &bodies[i];
        e += 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
        for (int j = i + 1; j < N; j++) {
            body *b2 = &bodies[j];
            double dx = b->x - b2->x, dy = b->y - b2->y, dz = b->z - b2->z;
            e -= b->mass * b2->mass / pow(dx * dx + dy * dy + dz * dz, 0.5);
        }
    }
    return e;
}

static void advance(body *bodies, double dt, long steps)
{
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < N; i++) {
            body *b = &bodies[i];
            for (int j = i + 1; j < N; j++) {
                body *b2 = &bodies[j];
                double dx = b->x - b2->x, dy = b->y - b2->y, dz = b->z - b2->z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * pow(d2, 0.5));
                double bm = b->mass * mag, b2m = b2->mass * mag;
                b->vx -= dx * b2m;
                b->vy -= dy * b2m;
                b->vz -= dz * b2m;
                b2->vx += dx * bm;
                b2->vy += dy * bm;
                b2->vz += dz * bm;
            }
        }
        for (int i = 0; i < N; i++) {
            body *b = &bodies[i];
            b->x += dt * b->vx;
            b->y += dt * b->vy;
            b->z += dt * b->vz;
        }
    }
}

int main(void)
{
    body bodies[N] = {
        make(0, 0, 0, 0, 0, 0, 1),
        make(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        make(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        make(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        make(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    };
    double px = 0, py = 0, pz = 0;
    for (int i = 0; i < N; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
    printf("%.9f\n", energy(bodies));
    advance(bodies, 0.01, STEPS);
    printf("%.9f\n", energy(bodies));
    return 0;
}
